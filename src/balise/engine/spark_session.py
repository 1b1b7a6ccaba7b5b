"""The SparkSession the Spark engine runs in: an active one (spark-submit, tests) or a new one.

For a local master the platform's traps are handled here: executors must run this Python
(``PYSPARK_PYTHON``), and the driver binds to the loopback address. No UI, no progress bar, and
nothing that downloads jars.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

LOCAL_CONF = {
    "spark.driver.host": "127.0.0.1",
    "spark.driver.bindAddress": "127.0.0.1",
    # local mode runs everything in the driver JVM: the 1 GB default spills 100k ads to disk
    "spark.driver.memory": "4g",
}
COMMON_CONF = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.sql.execution.arrow.pyspark.enabled": "true",
    "spark.sql.adaptive.enabled": "true",
    "spark.sql.session.timeZone": "UTC",
    # a Python worker imports the whole pipeline (seconds): keep it for the next task
    "spark.python.worker.reuse": "true",
}


def is_local(master: str | None) -> bool:
    return master is None or master.startswith("local")


def local_environment() -> None:
    """Executors of a local master run this interpreter (where balise is installed)."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")


def get_session(
    master: str | None,
    *,
    shuffle_partitions: int | None = None,
    conf: Mapping[str, str] | None = None,
) -> tuple[SparkSession, bool]:
    """``(session, created)``: the active session when there is one, else a new one.

    ``master`` (``--master``) is used only when a new session is created; without it a new
    session runs where spark-submit says, or in ``local[*]`` under plain Python. ``conf``
    (Spark settings, e.g. ``{"spark.driver.memory": "8g"}``) overrides the defaults of a new
    session. ``created`` tells the caller to stop the session at the end.
    """
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        return active, False
    builder = SparkSession.builder.appName("balise")
    if master is None and "PYSPARK_GATEWAY_PORT" in os.environ:
        pass  # launched by spark-submit: its --master and --conf apply
    elif is_local(master):
        local_environment()
        builder = builder.master(master or "local[*]")
        for key, value in LOCAL_CONF.items():
            builder = builder.config(key, value)
        cores = os.cpu_count() or 2
        builder = builder.config(
            "spark.sql.shuffle.partitions", str(shuffle_partitions or max(4, 4 * cores))
        )
    else:
        builder = builder.master(str(master))
        if shuffle_partitions:
            builder = builder.config("spark.sql.shuffle.partitions", str(shuffle_partitions))
    for key, value in {**COMMON_CONF, **(conf or {})}.items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session, True
