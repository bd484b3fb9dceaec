"""The discrete-event simulation of a planned day now lives in the product
(``conq_desktop.engine.simulation``); kept here for bench/plan_bench.py and older tests."""

from conq_desktop.engine.simulation import SimHour, SimResult, simulate_day

__all__ = ["SimHour", "SimResult", "simulate_day"]
