"""Whether this interpreter can run the generated client: the Python version its pyproject.toml
asks for and every package of its requirements.txt, at the versions declared there (the generator
writes both, so they stay the one statement of what the client needs).

Usage: python3 requirements_check.py <generated client directory>
Prints the versions found and exits 0, or prints what is missing and exits 1.
"""
import re
import sys
from pathlib import Path

CLAUSE = re.compile(r"^\s*(>=|<=|==|!=|>|<)\s*([0-9][0-9A-Za-z.+-]*)\s*$")
OPERATORS = {
    ">=": lambda have, want: have >= want,
    "<=": lambda have, want: have <= want,
    "==": lambda have, want: have == want,
    "!=": lambda have, want: have != want,
    ">": lambda have, want: have > want,
    "<": lambda have, want: have < want,
}


def release(version):
    """The numeric release part of a version, padded for comparison: 2.9.0.post0 -> (2, 9, 0, 0, 0)."""
    numbers = [int(part) for part in re.match(r"\d+(?:\.\d+)*", version).group(0).split(".")]
    return tuple(numbers + [0] * (5 - len(numbers)))


def unmet(have, specifier):
    """The clauses of a specifier such as '>= 2.7.0, < 3.0.0' that `have` does not meet."""
    failed = []
    for clause in filter(None, (part.strip() for part in specifier.split(","))):
        match = CLAUSE.match(clause)
        if match is None:
            raise ValueError("cannot read the version clause '%s'" % clause)
        operator, wanted = match.groups()
        if not OPERATORS[operator](release(have), release(wanted)):
            failed.append(clause)
    return failed


def problems(client_dir, installed_version):
    found, missing = [], []
    requires_python = re.search(r'^requires-python\s*=\s*"([^"]+)"',
                                (client_dir / "pyproject.toml").read_text(encoding="utf-8"), re.MULTILINE)
    python = "%d.%d.%d" % sys.version_info[:3]
    if requires_python and unmet(python, requires_python.group(1)):
        missing.append("Python %s, the client needs %s" % (python, requires_python.group(1)))
    for line in (client_dir / "requirements.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        name, specifier = re.match(r"([A-Za-z0-9][A-Za-z0-9._-]*)\s*(.*)", line).groups()
        have = installed_version(name)
        if have is None:
            missing.append("%s is not installed (%s needed)" % (name, specifier))
        elif unmet(have, specifier):
            missing.append("%s %s is installed, %s needed" % (name, have, specifier))
        else:
            found.append("%s %s" % (name, have))
    return found, missing


def main(args):
    if len(args) != 1:
        print("Usage: requirements_check.py <generated client directory>", file=sys.stderr)
        return 2
    try:
        from importlib import metadata
    except ImportError:
        print("Python %d.%d has no importlib.metadata" % sys.version_info[:2])
        return 1

    def installed_version(name):
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return None

    found, missing = problems(Path(args[0]), installed_version)
    if missing:
        print("; ".join(missing))
        return 1
    print("Python %d.%d.%d with %s" % (sys.version_info[:3] + (", ".join(found),)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
