"""End to end with the stock `python` client, as a Python team would use it, against a standalone
sandbox already started in one wire shape (by python-e2e.ts) that accepts only the seed's key:
every operation of the spec, the verdict read through the generated model under the shape's
spelling, a batch waited for, and every operation's 404 and 401 raised as the client's
NotFoundException and UnauthorizedException. An operation without a body that this script has no
call of its own for (one added to the spec since) is called by its parameters' names with the ids
at hand, so adding one needs no edit here. Any failed check exits 1, and fails the build.

Usage: python3 e2e.py <sandbox base URL> seed|newer
"""
import inspect
import json
import sys
from datetime import datetime

import urllib3

import sigmamind_client
from sigmamind_client import (ApiClient, BatchRunsApi, Configuration, CreateBatchRunRequest, CreateTestCaseRequest,
                              TestCasesApi, TestRunsApi, UpdateTestCaseRequest)
from sigmamind_client.exceptions import NotFoundException, UnauthorizedException

SEED_KEY = "sandbox-seed-key"
DEMO_AGENT = "mJzLaPEo425lieb9"
SEED_BATCH = "batch_s0OJu2JWR8R45Fai"
SEED_JOB = "job_ksUu5yRHGTLLrLeM"
SEED_TEST_CASE = "tc_d17T6uReChpyfFeP"
SPELLINGS = {"seed": "is_succesful", "newer": "is_successful"}
TIMEOUT_SECONDS = 10
STATUS = {NotFoundException: 404, UnauthorizedException: 401}


class CheckFailed(Exception):
    pass


def check(condition, message):
    if not condition:
        raise CheckFailed(message)


class Sandbox:
    """The generated APIs on one key, and the sandbox's own admin endpoints (not in the spec)."""

    def __init__(self, base_url, api_key):
        self.base_url = base_url
        configuration = Configuration(host=base_url)
        configuration.api_key["ApiKeyAuth"] = api_key
        self.client = ApiClient(configuration)
        self.test_cases = TestCasesApi(self.client)
        self.batch_runs = BatchRunsApi(self.client)
        self.test_runs = TestRunsApi(self.client)
        self.http = urllib3.PoolManager(timeout=TIMEOUT_SECONDS, retries=False)

    def admin(self, path, body):
        response = self.http.request("POST", self.base_url + "/_sandbox/" + path, body=json.dumps(body),
                                     headers={"Content-Type": "application/json"})
        check(response.status == 200, "POST /_sandbox/%s answered %d: %s" % (path, response.status, response.data))


def generated_operations():
    """Every operation the generator made from the spec, by method name (unique across the APIs)."""
    return {name
            for api in (BatchRunsApi, TestCasesApi, TestRunsApi)
            for name, _ in inspect.getmembers(api, inspect.isfunction)
            if not name.startswith("_") and not name.endswith(("_with_http_info", "_without_preload_content"))}


def invoke(method, *args, **kwargs):
    """Calls one generated operation, bounded: the client's own default is to wait forever."""
    return method(*args, **kwargs, _request_timeout=TIMEOUT_SECONDS)


def by_parameter_names(api, method_name, ids):
    """A call of an operation that takes no body: each required parameter is an id found by its
    name in `ids`. None when the operation needs more (a body, an unknown parameter): such an
    operation needs a call of its own in `Exercise.run` and `written_calls`."""
    method = next(getattr(group, method_name) for group in (api.test_cases, api.batch_runs, api.test_runs)
                  if hasattr(group, method_name))
    required = [parameter.name for parameter in inspect.signature(method).parameters.values()
                if parameter.name != "self" and not parameter.name.startswith("_")
                and parameter.default is inspect.Parameter.empty]
    if not all(name in ids for name in required):
        return None
    return (method, *[ids[name] for name in required])


class Exercise:
    """Calls each operation through `call`, so that the operations exercised can be counted."""

    def __init__(self, sandbox, shape):
        self.api = sandbox
        self.shape = shape
        self.spelling = SPELLINGS[shape]
        self.called = set()

    def call(self, method, *args, **kwargs):
        self.called.add(method.__name__)
        return invoke(method, *args, **kwargs)

    def expect(self, condition, message):
        check(condition, "[%s] %s" % (self.shape, message))

    def verdict(self, run):
        """The verdict under this generation's spelling; the other spelling must be absent."""
        other = next(name for name in SPELLINGS.values() if name != self.spelling)
        self.expect(getattr(run, other) is None, "%s: %s is %r, expected absent" % (run.job_id, other, getattr(run, other)))
        return getattr(run, self.spelling)

    def run(self):
        api = self.api
        seed_run = self.call(api.test_runs.get_test_run, SEED_JOB, SEED_BATCH, DEMO_AGENT)
        self.expect(self.verdict(seed_run) is True, "seed run: %s is %r, expected True" % (self.spelling, self.verdict(seed_run)))
        self.expect(seed_run.agent.status == "Testing", "seed run: agent status %r" % seed_run.agent.status)

        # An agent status this client was not generated with is kept, not refused.
        api.admin("provider-states", {"state": "agent agent_polyglot exists",
                                      "params": {"agentName": "Retired Bot", "agentStatus": "Retired"}})
        retired = self.call(api.test_cases.create_test_case, CreateTestCaseRequest(
            agent_id="agent_polyglot", user_prompt="A customer asks for a refund.", success_criteria="Agent helps."))
        self.expect(retired.agent.status == "Retired", "unknown agent status read as %r" % retired.agent.status)

        passing = self.call(api.test_cases.create_test_case, CreateTestCaseRequest(
            agent_id=DEMO_AGENT, label="Polyglot pass", attempt=2, success_criteria="Agent gives the opening hours.",
            user_prompt="You are a polite customer asking about opening hours. [sandbox:pass]"))
        failing = self.call(api.test_cases.create_test_case, CreateTestCaseRequest(
            agent_id=DEMO_AGENT, success_criteria="Agent confirms the cancellation.",
            user_prompt="You are an angry customer who wants to cancel. [sandbox:fail]"))
        self.expect(passing.test_case_id.startswith("tc_") and passing.attempt == 2,
                    "created %s with attempt %r" % (passing.test_case_id, passing.attempt))

        updated = self.call(api.test_cases.update_test_case, failing.test_case_id, UpdateTestCaseRequest(
            agent_id=DEMO_AGENT, success_criteria="Agent confirms the cancellation in writing."))
        self.expect(updated.success_criteria == "Agent confirms the cancellation in writing."
                    and updated.user_prompt == failing.user_prompt, "update: %s" % updated.to_json())
        fetched = self.call(api.test_cases.get_test_case, failing.test_case_id, DEMO_AGENT)
        self.expect(fetched.success_criteria == updated.success_criteria, "get after update: %s" % fetched.to_json())
        listed = {case.test_case_id for case in self.call(api.test_cases.list_test_cases, DEMO_AGENT)}
        self.expect({passing.test_case_id, failing.test_case_id} <= listed, "listTestCases: %s" % sorted(listed))

        batch_id = self.wait_for_batch([passing.test_case_id, failing.test_case_id])
        verdicts = self.read_runs(batch_id)
        self.expect(verdicts.get(passing.test_case_id) == [True, True],
                    "verdicts of the passing case: %s" % verdicts.get(passing.test_case_id))
        self.expect(verdicts.get(failing.test_case_id) == [False],
                    "verdicts of the failing case: %s" % verdicts.get(failing.test_case_id))

        self.call(api.test_cases.delete_test_case, retired.test_case_id, "agent_polyglot")
        self.raises(NotFoundException, "get_test_case after delete_test_case",
                    (api.test_cases.get_test_case, retired.test_case_id, "agent_polyglot"))

        seed_ids = {"agent_id": DEMO_AGENT, "test_case_id": SEED_TEST_CASE, "batch_id": SEED_BATCH, "job_id": SEED_JOB}
        for call in calls_by_parameter_names(api, seed_ids, written_calls(api, **seed_ids)).values():
            self.call(*call)
        uncovered = generated_operations() - self.called
        self.expect(not uncovered, "operations of the spec not exercised (they take a body or a parameter "
                    "this script cannot fill by name, so need a call of their own): %s" % sorted(uncovered))

    def wait_for_batch(self, test_case_ids):
        """Starts a batch and polls it as a client does; the sandbox's clock moves instead of sleeping."""
        api = self.api
        created = self.call(api.batch_runs.create_batch_run, CreateBatchRunRequest(agent_id=DEMO_AGENT, test_cases=test_case_ids))
        batch = self.call(api.batch_runs.get_batch_run, created.batch_id, DEMO_AGENT)
        polls = 0
        while (batch.successful_attempts or 0) + (batch.failed_attempts or 0) != batch.total_attempts:
            polls += 1
            self.expect(polls <= 10, "batch %s not complete after %d polls" % (created.batch_id, polls))
            api.admin("clock/advance?seconds=60", {})
            batch = self.call(api.batch_runs.get_batch_run, created.batch_id, DEMO_AGENT)
        self.expect((batch.total_attempts, batch.successful_attempts, batch.failed_attempts) == (3, 2, 1),
                    "batch counters %s" % batch.to_json())
        batches = self.call(api.batch_runs.list_batch_runs, DEMO_AGENT, page=0, size=100)
        self.expect(created.batch_id in {listed.batch_id for listed in batches.data}, "listBatchRuns: %s" % batches.to_json())
        return created.batch_id

    def read_runs(self, batch_id):
        """Pages through the batch's runs two at a time and reads each run's verdict by id."""
        api = self.api
        first = self.call(api.test_runs.list_test_runs, batch_id, DEMO_AGENT, page=0, size=2)
        last = self.call(api.test_runs.list_test_runs, batch_id, DEMO_AGENT, page=1, size=2)
        self.expect(first.total_count == 3 and len(first.data) == 2 and first.has_next, "page 0: %s" % first.to_json())
        self.expect(len(last.data) == 1 and not last.has_next, "page 1: %s" % last.to_json())
        verdicts = {}
        for listed in first.data + last.data:
            run = self.call(api.test_runs.get_test_run, listed.job_id, batch_id, DEMO_AGENT)
            verdict = self.verdict(run)
            self.expect(isinstance(verdict, bool), "%s: %s is %r" % (run.job_id, self.spelling, verdict))
            self.expect(isinstance(run.completed_date, datetime), "%s: completed_date %r" % (run.job_id, run.completed_date))
            # Only the newer generation sends the transcript, which the generated model then carries.
            self.expect(bool(run.conversation) == (self.shape == "newer"), "%s: conversation %r" % (run.job_id, run.conversation))
            verdicts.setdefault(run.test_case.test_case_id, []).append(verdict)
        return verdicts

    def raises(self, expected, what, call):
        """`call` (a generated method and its arguments) raises `expected`, carrying its status."""
        try:
            invoke(*call)
        except expected as error:
            self.expect(error.status == STATUS[expected], "%s: %s with status %r" % (what, expected.__name__, error.status))
            return
        except Exception as error:  # noqa: BLE001 - any other outcome is the failure being reported
            self.expect(False, "%s raised %s: %s" % (what, type(error).__name__, error))
        self.expect(False, "%s returned, expected %s" % (what, expected.__name__))

    def raises_on_every_operation(self, expected, why, calls):
        self.expect(set(calls) == generated_operations(),
                    "%s: calls of %s, operations %s" % (why, sorted(calls), sorted(generated_operations())))
        for name, call in calls.items():
            self.raises(expected, "%s %s" % (name, why), call)
        return len(calls)


def every_operation(api, agent_id, test_case_id, batch_id, job_id):
    """One call of each operation with these ids, as (generated method, arguments...), by name:
    those written here, and any other that takes no body, by its parameters' names."""
    ids = {"agent_id": agent_id, "test_case_id": test_case_id, "batch_id": batch_id, "job_id": job_id}
    written = written_calls(api, **ids)
    return calls_by_parameter_names(api, ids, written) | written


def calls_by_parameter_names(api, ids, written):
    """The calls by parameter names of the operations `written` leaves out, where one can be made."""
    calls = {name: by_parameter_names(api, name, ids) for name in sorted(generated_operations() - set(written))}
    return {name: call for name, call in calls.items() if call is not None}


def written_calls(api, agent_id, test_case_id, batch_id, job_id):
    """The calls written out, as (generated method, arguments...), by name: every operation with a
    body, and those that need other ids than their parameters' names give (a missing test case is
    asked of the demo agent; a run is read in the seed batch)."""
    return {
        "create_test_case": (api.test_cases.create_test_case, CreateTestCaseRequest(
            agent_id=agent_id, user_prompt="Anyone there?", success_criteria="An answer.")),
        "list_test_cases": (api.test_cases.list_test_cases, agent_id),
        "get_test_case": (api.test_cases.get_test_case, test_case_id, DEMO_AGENT),
        "update_test_case": (api.test_cases.update_test_case, test_case_id,
                             UpdateTestCaseRequest(agent_id=DEMO_AGENT, label="Renamed")),
        "delete_test_case": (api.test_cases.delete_test_case, test_case_id, DEMO_AGENT),
        "create_batch_run": (api.batch_runs.create_batch_run,
                             CreateBatchRunRequest(agent_id=DEMO_AGENT, test_cases=[test_case_id])),
        "list_batch_runs": (api.batch_runs.list_batch_runs, agent_id),
        "get_batch_run": (api.batch_runs.get_batch_run, batch_id, DEMO_AGENT),
        "list_test_runs": (api.test_runs.list_test_runs, batch_id, DEMO_AGENT),
        "get_test_run": (api.test_runs.get_test_run, job_id, SEED_BATCH, DEMO_AGENT),
    }


def main(args):
    if len(args) != 2 or args[1] not in SPELLINGS:
        print("Usage: python3 e2e.py <sandbox base URL> seed|newer", file=sys.stderr)
        return 2
    base_url, shape = args
    print("[%s] stock python client %s, target: standalone sandbox %s" % (shape, sigmamind_client.__version__, base_url))
    try:
        exercise = Exercise(Sandbox(base_url, SEED_KEY), shape)
        exercise.run()
        # What each operation misses: an agent (create and list), a test case, a batch run, or a
        # run of the seed's batch.
        not_found = exercise.raises_on_every_operation(NotFoundException, "of something missing", every_operation(
            exercise.api, "agent_unknown", "tc_unknown", "batch_unknown", "job_unknown"))
        # The sandbox accepts only the seed's key, so any other key is refused as a revoked one is;
        # the ids are the seed's, which that key could read.
        unauthorized = exercise.raises_on_every_operation(UnauthorizedException, "with a revoked key", every_operation(
            Sandbox(base_url, "revoked-key"), DEMO_AGENT, SEED_TEST_CASE, SEED_BATCH, SEED_JOB))
    except CheckFailed as failure:
        print(failure, file=sys.stderr)
        return 1
    print("[%s] ok: %d operations; 3 runs read through %s, 2 passed, 1 failed; unknown agent status kept; "
          "404 raised as NotFoundException by %d operations, 401 as UnauthorizedException by %d"
          % (shape, len(exercise.called), exercise.spelling, not_found, unauthorized))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
