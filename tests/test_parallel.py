import os

from reportkit.parallel import POOL_THRESHOLD, map_in_order


def _square_and_pid(n: int) -> tuple[int, int]:
    return n * n, os.getpid()


def test_a_few_files_are_handled_in_this_process():
    results = list(map_in_order(_square_and_pid, list(range(POOL_THRESHOLD)), jobs=2))
    assert [r[0] for r in results] == [n * n for n in range(POOL_THRESHOLD)]
    assert {r[1] for r in results} == {os.getpid()}


def test_many_files_go_to_worker_processes_and_come_back_in_order():
    items = list(range(50))
    results = list(map_in_order(_square_and_pid, items, jobs=2))
    assert [r[0] for r in results] == [n * n for n in items]
    assert os.getpid() not in {r[1] for r in results}
