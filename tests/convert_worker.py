"""A program to be killed while it encrypts, decrypts or re-keys a data folder.

    python tests/convert_worker.py

Reads lines "run MODE FOLDER STEP" on stdin, where MODE is on, off or change. For each it forks
a child that converts FOLDER; with STEP > 0 the child kills itself (SIGKILL) just before its
STEP-th file-system call that commits something (os.replace, os.fsync, os.unlink, os.rename),
so that every step of a conversion is a kill point; with STEP 0 it runs to the end unless the
test kills it. Prints "child PID" when the child starts and "reaped PID STATUS" once it ended.
Forking from this warm process makes a kill point cost milliseconds, not a second of imports.
"""

import os
import signal
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from otop_desktop.app import open_services  # noqa: E402
from otop_desktop.platform.data_folder import DataFolder  # noqa: E402
from otop_desktop.services.privacy.data_encryption import DataEncryption  # noqa: E402

OLD_PASSWORD = "รหัสเดิมของสำนักงาน"
NEW_PASSWORD = "รหัสใหม่ของสำนักงาน"
PATCHED = ("replace", "fsync", "unlink", "rename")


def say(text: str) -> None:
    os.write(1, f"{text}\n".encode())


def die_at(step: int) -> None:
    """Counts the calls that change files on disk and kills the process before call `step`."""
    count = [0]
    for name in PATCHED:
        original = getattr(os, name)

        def counted(*args: object, _original: object = original, **kwargs: object) -> object:
            count[0] += 1
            if count[0] == step:
                os.kill(os.getpid(), signal.SIGKILL)
            return _original(*args, **kwargs)  # type: ignore[operator]

        setattr(os, name, counted)


def convert(mode: str, folder: DataFolder) -> None:
    encryption = DataEncryption(folder)
    key = encryption.unlock(OLD_PASSWORD) if encryption.is_on() else None
    services = open_services(folder, key)
    try:
        if mode == "on":
            services.password.set_password(NEW_PASSWORD, NEW_PASSWORD)
        elif mode == "off":
            services.password.remove(OLD_PASSWORD)
        else:
            services.password.set_password(NEW_PASSWORD, NEW_PASSWORD, current=OLD_PASSWORD)
    finally:
        services.close()


def main() -> None:
    say("ready")
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] != "run":
            break
        mode, folder, step = words[1], Path(words[2]), int(words[3])
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                if step:
                    die_at(step)
                convert(mode, DataFolder(folder))
            except BaseException as exc:  # the test reads the reason
                say(f"error {type(exc).__name__}: {exc}")
                code = 1
            finally:
                os._exit(code)
        say(f"child {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"reaped {pid} {status}")


if __name__ == "__main__":
    main()
