import OnsiteCore
