def lr_schedule(base_lr: float, min_lr: float, warmup_steps: int, total_steps: int) -> list[float]:
    """Learning rate for steps 0..total_steps-1: linear warmup base_lr * (s + 1) / W,
    then cosine decay from base_lr towards min_lr with progress (s - W) / (T - W).
    """
    raise NotImplementedError
