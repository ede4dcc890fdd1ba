#!/usr/bin/env python3
"""Checks a study plan's .ics (from `onsite plan ics`) with the icalendar library and by bytes:
CRLF line endings, one UID and one DTSTAMP per VEVENT, all-day DTSTART;VALUE=DATE events, and
each day's tasks (as `onsite plan show --json` gives them) in the event's DESCRIPTION.
Usage: check-plan-ics.py plan.ics plan.json"""
import datetime
import json
import sys

from icalendar import Calendar

ics_path, json_path = sys.argv[1], sys.argv[2]
raw = open(ics_path, "rb").read()
plan = json.load(open(json_path))
problems = []

if b"\n" in raw.replace(b"\r\n", b""):
    problems.append("a line ends in a bare LF, not CRLF")
if not raw.endswith(b"\r\n"):
    problems.append("the file does not end in CRLF")
unfolded = raw.replace(b"\r\n ", b"").decode("utf-8")
blocks = unfolded.split("BEGIN:VEVENT")[1:]
for block in blocks:
    block = block.split("END:VEVENT")[0]
    lines = [line for line in block.split("\r\n") if line]
    for name in ("UID", "DTSTAMP"):
        count = sum(1 for line in lines if line.split(":")[0].split(";")[0] == name)
        if count != 1:
            problems.append(f"a VEVENT has {count} {name} lines")
    if not any(line.startswith("DTSTART;VALUE=DATE:") for line in lines):
        problems.append("a VEVENT's DTSTART is not an all-day DTSTART;VALUE=DATE")

calendar = Calendar.from_ical(raw)
events = list(calendar.walk("VEVENT"))
days = {day["date"]: day for day in plan["days"] if day["kind"] != "off"}
if len(events) != len(days):
    problems.append(f"{len(events)} events for {len(days)} days that are not off")
uids = set()
for event in events:
    uids.add(str(event["UID"]))
    start = event["DTSTART"].dt
    if isinstance(start, datetime.datetime) or not isinstance(start, datetime.date):
        problems.append(f"DTSTART {start!r} is not a date")
        continue
    day = days.get(start.isoformat())
    if day is None:
        problems.append(f"an event on {start} is not a day of the plan")
        continue
    description = str(event["DESCRIPTION"])
    for task in day["tasks"]:
        if task["title"] not in description:
            problems.append(f"{start}: the task {task['title']!r} is not in DESCRIPTION")
if len(uids) != len(events):
    problems.append("UIDs are not unique")
tasks = sum(len(d["tasks"]) for d in days.values())
if problems:
    print("\n".join(problems[:20]), file=sys.stderr)
    sys.exit(1)
print(f"plan.ics: {len(events)} all-day events, {tasks} tasks in their DESCRIPTIONs, CRLF, one UID and DTSTAMP each")
