"""End to end with the stock python client, as a Python team would use it.

Starts the standalone sandbox jar in each wire shape and calls every operation of the spec through
the generated client: creates, lists, reads, updates and deletes test cases, starts a batch, waits
for it, lists and reads its runs and reads the verdicts (``is_succesful`` on the seed shape,
``is_successful`` on the newer one), then checks that a 404 and a 401 are raised as the client's
own exceptions. Any field the client maps wrongly fails the script, and with it the build.

Usage: python3 e2e.py <java> <sigmamind-sandbox-...-standalone.jar>

The stock generator's client needs pydantic 2, urllib3 2 and python-dateutil. Where they are
missing the script says so and exits 0 (skipped), except under CI=true, where it fails.
"""
import importlib.metadata
import json
import os
import queue
import re
import subprocess
import sys
import threading
import urllib.request

SEED_KEY = "sandbox-seed-key"
REFUSED_KEY = "polyglot-refused-key"
DEMO_AGENT = "mJzLaPEo425lieb9"
TIMEOUT_SECONDS = 30
REQUIRED = {"pydantic": 2, "urllib3": 2, "python-dateutil": 2}


def missing_requirements():
    missing = []
    for name, major in REQUIRED.items():
        try:
            version = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            missing.append(f"{name} {major}")
            continue
        if int(version.split(".")[0]) < major:
            missing.append(f"{name} {major} (found {version})")
    return missing


def check(condition, message):
    if not condition:
        raise AssertionError(message)


class Sandbox:
    """The standalone jar on a free port; its URL is the first line it prints."""

    def __init__(self, java, jar, flags):
        self.process = subprocess.Popen([java, "-jar", jar, "--port", "0", *flags],
                                        stdout=subprocess.PIPE, text=True)
        lines = queue.Queue()
        threading.Thread(target=lambda: lines.put(self.process.stdout.readline()), daemon=True).start()
        try:
            line = lines.get(timeout=60).strip()
        except queue.Empty:
            self.close()
            raise AssertionError(f"the sandbox did not start within 60 s: {' '.join(flags)}")
        ready = re.fullmatch(r"SigmaMind sandbox listening on (http://127\.0\.0\.1:\d+)", line)
        if ready is None:
            self.close()
            raise AssertionError(f"unexpected first line from the sandbox: {line!r}")
        self.base_url = ready.group(1)

    def advance_clock(self, seconds):
        """The sandbox's own admin endpoint (not part of the API, so not in the client)."""
        request = urllib.request.Request(f"{self.base_url}/_sandbox/clock/advance?seconds={seconds}",
                                         data=b"{}", method="POST", headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            check(response.status == 200, f"clock advance answered {response.status}")

    def close(self):
        self.process.kill()
        self.process.wait(timeout=TIMEOUT_SECONDS)


def exercise(java, jar, shape):
    import sigmamind_client as client
    from sigmamind_client.exceptions import NotFoundException, UnauthorizedException

    flags = ["--api-key", SEED_KEY] + (["--newer-shape"] if shape == "newer" else [])
    sandbox = Sandbox(java, jar, flags)
    print(f"[{shape}] target: standalone sandbox {sandbox.base_url}")
    try:
        configuration = client.Configuration(host=sandbox.base_url, api_key={"ApiKeyAuth": SEED_KEY})
        api_client = client.ApiClient(configuration)
        test_cases = client.TestCasesApi(api_client)
        batch_runs = client.BatchRunsApi(api_client)
        test_runs = client.TestRunsApi(api_client)
        timeout = {"_request_timeout": TIMEOUT_SECONDS}

        def verdict(run):
            return run.is_succesful if shape == "seed" else run.is_successful

        # The seed's run is there out of the box, its verdict in this generation's spelling.
        seed_run = test_runs.get_test_run("job_ksUu5yRHGTLLrLeM", "batch_s0OJu2JWR8R45Fai", DEMO_AGENT, **timeout)
        check(verdict(seed_run) is True, f"[{shape}] seed run verdict: {seed_run}")
        check((seed_run.is_successful if shape == "seed" else seed_run.is_succesful) is None,
              f"[{shape}] the other spelling is set too: {seed_run}")

        passing = test_cases.create_test_case(client.CreateTestCaseRequest(
            agent_id=DEMO_AGENT, label="Polyglot pass", attempt=2,
            user_prompt="You are a polite customer asking about opening hours. [sandbox:pass]",
            success_criteria="Agent gives the opening hours.",
            mock_data=[client.MockDataVariable(variable_name="customer_name", value="Ada")]), **timeout)
        failing = test_cases.create_test_case(client.CreateTestCaseRequest(
            agent_id=DEMO_AGENT, user_prompt="You are an angry customer who wants to cancel. [sandbox:fail]",
            success_criteria="Agent confirms the cancellation."), **timeout)
        check(passing.test_case_id.startswith("tc_") and passing.attempt == 2, f"[{shape}] created {passing}")
        check(passing.mock_data[0].value == "Ada", f"[{shape}] mock data read as {passing.mock_data}")

        listed = test_cases.list_test_cases(DEMO_AGENT, **timeout)
        check({passing.test_case_id, failing.test_case_id} <= {case.test_case_id for case in listed},
              f"[{shape}] list_test_cases: {[case.test_case_id for case in listed]}")
        read = test_cases.get_test_case(passing.test_case_id, DEMO_AGENT, **timeout)
        check(read.success_criteria == "Agent gives the opening hours.", f"[{shape}] get_test_case: {read}")
        updated = test_cases.update_test_case(passing.test_case_id, client.UpdateTestCaseRequest(
            agent_id=DEMO_AGENT, success_criteria="Agent gives the opening hours politely."), **timeout)
        check(updated.success_criteria.endswith("politely.") and updated.attempt == 2,
              f"[{shape}] update_test_case: {updated}")

        created = batch_runs.create_batch_run(client.CreateBatchRunRequest(
            agent_id=DEMO_AGENT, test_cases=[passing.test_case_id, failing.test_case_id]), **timeout)
        # Waits as a client does, polling get_batch_run; the sandbox's clock is moved on instead of sleeping.
        batch = batch_runs.get_batch_run(created.batch_id, DEMO_AGENT, **timeout)
        for poll in range(11):
            if batch.successful_attempts + batch.failed_attempts == batch.total_attempts:
                break
            check(poll < 10, f"[{shape}] batch {created.batch_id} not complete after {poll} polls")
            sandbox.advance_clock(60)
            batch = batch_runs.get_batch_run(created.batch_id, DEMO_AGENT, **timeout)
        check((batch.total_attempts, batch.successful_attempts, batch.failed_attempts) == (3, 2, 1),
              f"[{shape}] counters {batch}")
        batches = batch_runs.list_batch_runs(DEMO_AGENT, page=0, size=100, **timeout)
        check(created.batch_id in [listed_batch.batch_id for listed_batch in batches.data], f"[{shape}] {batches}")

        page = test_runs.list_test_runs(created.batch_id, DEMO_AGENT, page=0, size=100, **timeout)
        check(page.total_count == 3 and len(page.data) == 3 and not page.has_next, f"[{shape}] page {page}")
        verdicts = {}
        for listed_run in page.data:
            run = test_runs.get_test_run(listed_run.job_id, created.batch_id, DEMO_AGENT, **timeout)
            check(isinstance(verdict(run), bool), f"[{shape}] {run.job_id}: verdict {verdict(run)!r}")
            check(run.completed_date is not None and run.completed_date.year >= 2026,
                  f"[{shape}] {run.job_id}: completed_date {run.completed_date!r}")
            verdicts.setdefault(run.test_case.test_case_id, []).append(verdict(run))
        check(verdicts == {passing.test_case_id: [True, True], failing.test_case_id: [False]},
              f"[{shape}] verdicts {verdicts}")

        test_cases.delete_test_case(failing.test_case_id, DEMO_AGENT, **timeout)
        try:
            test_cases.get_test_case(failing.test_case_id, DEMO_AGENT, **timeout)
            raise AssertionError(f"[{shape}] a deleted test case was still found")
        except NotFoundException as e:
            check(e.status == 404 and json.loads(e.body)["status"] == 404, f"[{shape}] 404: {e}")

        refused = client.ApiClient(client.Configuration(host=sandbox.base_url, api_key={"ApiKeyAuth": REFUSED_KEY}))
        try:
            client.TestCasesApi(refused).list_test_cases(DEMO_AGENT, **timeout)
            raise AssertionError(f"[{shape}] a refused key was accepted")
        except UnauthorizedException as e:
            check(e.status == 401, f"[{shape}] 401: {e}")
        print(f"[{shape}] ok: all 10 operations; 3 runs read through "
              f"{'is_succesful' if shape == 'seed' else 'is_successful'}, 2 passed, 1 failed; 404 and 401 raised")
    finally:
        sandbox.close()


def main():
    if len(sys.argv) != 3:
        print("Usage: python3 e2e.py <java> <standalone sandbox jar>", file=sys.stderr)
        return 2
    missing = missing_requirements()
    if missing:
        message = ("the stock Python client needs " + ", ".join(missing)
                   + " (install them, e.g. pip install 'pydantic>=2' 'urllib3>=2' python-dateutil)")
        if os.environ.get("CI") == "true":
            print("Python end to end: FAILED: " + message, file=sys.stderr)
            return 1
        print("Python end to end: SKIPPED: " + message)
        return 0
    java, jar = sys.argv[1:]
    exercise(java, jar, "seed")
    exercise(java, jar, "newer")
    return 0


if __name__ == "__main__":
    sys.exit(main())
