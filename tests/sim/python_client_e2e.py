#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Debian's python3-kubernetes against maestro-sim: a second, independent client
whose generated models check the shapes of our objects (missing required fields
raise), its pagination, its watch decoder and the scale subresource.

    python_client_e2e.py --sim path/to/maestro-sim
"""

import argparse
import os
import socket
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from simharness import Failure, Sim, poll, run_steps, skip_or_fail  # noqa: E402

TOKEN = "python-e2e-token"
MD = "maestro-demo-md-0"
CAPI = ("cluster.x-k8s.io", "v1beta1")


def expect(condition, message, detail=""):
    if not condition:
        raise Failure(f"{message}\n{detail}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sim", required=True, help="the maestro-sim binary")
    args = parser.parse_args()
    try:
        import kubernetes  # noqa: F401
        from kubernetes import client, config, watch
    except ImportError:
        skip_or_fail("python3-kubernetes is not installed for /usr/bin/python3")

    # urllib3 takes its default from here: no call may hang without end.
    socket.setdefaulttimeout(60)
    with tempfile.TemporaryDirectory(prefix="maestro-python-e2e-") as tmp:
        os.environ["HOME"] = tmp  # nothing of the user's is read
        for var in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
            os.environ.pop(var, None)
        sims = []
        try:
            return run(args.sim, tmp, sims, client, config, watch)
        finally:
            for sim in sims:
                try:
                    sim.stop()
                except Failure as e:
                    print(f"FAIL stopping: {e}", file=sys.stderr)
                    return 1


def run(sim_binary, tmp, sims, client, config, watch):
    state = {}

    def api_failure(e):
        return Failure(f"{type(e).__name__}: {e}")

    def start():
        sim = Sim(
            sim_binary,
            tmp,
            "shared-master",
            ["--scenario", "shared-master", "--tls", "--token", TOKEN, "--speed", "60", "--seed", "5"],
        )
        sims.append(sim)
        api_client = config.new_client_from_config(config_file=sim.kubeconfig)
        state["core"] = client.CoreV1Api(api_client)
        state["custom"] = client.CustomObjectsApi(api_client)
        state["policy"] = client.PolicyV1Api(api_client)

    def list_nodes():
        try:
            nodes = state["core"].list_node()
        except Exception as e:  # the generated models raise ValueError on bad shapes
            raise api_failure(e)
        expect(len(nodes.items) == 1, "one node", str([n.metadata.name for n in nodes.items]))
        node = nodes.items[0]
        expect("node-role.kubernetes.io/control-plane" in node.metadata.labels, "the control-plane label")
        ready = [c for c in node.status.conditions if c.type == "Ready"]
        expect(ready and ready[0].status == "True", "Ready condition True", str(node.status.conditions))
        expect(node.status.capacity.get("cpu") == "2", "capacity.cpu", str(node.status.capacity))
        expect(nodes.metadata.resource_version, "the list has a resourceVersion")
        state["master"] = node.metadata.name
        state["nodes_rv"] = nodes.metadata.resource_version

    def other_lists():
        core = state["core"]
        try:
            namespaces = {n.metadata.name for n in core.list_namespace().items}
            events = core.list_event_for_all_namespaces().items
        except Exception as e:  # V1Event needs involvedObject and metadata
            raise api_failure(e)
        expect({"default", "kube-system", "shop"} <= namespaces, "the namespaces", str(namespaces))
        expect(events, "events exist from the start")
        for event in events:
            expect(event.involved_object.kind and event.reason, "events name object and reason")
            expect(event.type in ("Normal", "Warning"), "event type", str(event.type))

    def paginate_pods():
        core = state["core"]
        try:
            whole = core.list_pod_for_all_namespaces()
            seen, pages, token, versions = [], 0, None, set()
            while True:
                kwargs = {"limit": 3}
                if token:
                    kwargs["_continue"] = token
                page = core.list_pod_for_all_namespaces(**kwargs)
                pages += 1
                expect(len(page.items) <= 3, "a page holds at most `limit` items")
                seen += [(p.metadata.namespace, p.metadata.name) for p in page.items]
                versions.add(page.metadata.resource_version)
                token = page.metadata._continue
                if not token:
                    break
                expect(pages < 1000, "pagination ends")
        except Exception as e:
            if isinstance(e, Failure):
                raise
            raise api_failure(e)
        expect(len(seen) == len(set(seen)), "no pod twice across pages")
        expect(len(versions) == 1, "one resourceVersion across all pages", str(versions))
        expect(pages >= 3, f"several pages (got {pages})")
        names = {(p.metadata.namespace, p.metadata.name) for p in whole.items}
        # The cluster moves at 60x: pods created after the snapshot are fine to miss,
        # but the system pods of the master are there throughout.
        expect(("kube-system", f"etcd-{state['master']}") in set(seen), "etcd among the pages")
        expect(len(seen) >= 8 and len(names) >= 8, "pods in both lists", f"{len(seen)} / {len(names)}")

    def watch_nodes():
        core = state["core"]
        w = watch.Watch()
        events = []
        try:
            for event in w.stream(
                core.list_node, resource_version=state["nodes_rv"], timeout_seconds=5
            ):
                events.append(event)
                if len(events) >= 2:
                    w.stop()
        except Exception as e:
            raise api_failure(e)
        expect(events, "the node watch delivered events (heartbeats at 60x)")
        for event in events:
            expect(event["type"] in ("ADDED", "MODIFIED"), "event types", str(event["type"]))
            obj = event["object"]
            expect(isinstance(obj, client.V1Node), "decoded as V1Node", type(obj).__name__)
            expect(obj.metadata.name == state["master"], "the master's events")
            expect(int(obj.metadata.resource_version) > int(state["nodes_rv"]), "newer than the list")

    def scale():
        custom = state["custom"]
        group, version = CAPI
        try:
            s = custom.get_namespaced_custom_object_scale(group, version, "default", "machinedeployments", MD)
            expect(s["kind"] == "Scale" and s["apiVersion"] == "autoscaling/v1", "a Scale", str(s))
            expect(s["spec"]["replicas"] == 0, "no workers yet", str(s))
            expect("cluster.x-k8s.io/deployment-name=" + MD in s["status"]["selector"], "selector", str(s))
            s = custom.patch_namespaced_custom_object_scale(
                group, version, "default", "machinedeployments", MD, {"spec": {"replicas": 1}}
            )
            expect(s["spec"]["replicas"] == 1, "patched to 1", str(s))
        except Exception as e:
            if isinstance(e, Failure):
                raise
            raise api_failure(e)

        def joined():
            machines = custom.list_namespaced_custom_object(group, version, "default", "machines")
            running = [
                m
                for m in machines["items"]
                if m["metadata"]["name"].startswith(MD + "-") and m["status"].get("phase") == "Running"
            ]
            if not running:
                raise Failure(str([(m["metadata"]["name"], m["status"].get("phase")) for m in machines["items"]]))
            return running[0]

        machine = poll("the worker machine to run", joined, 120, 1)
        node_name = machine["status"]["nodeRef"]["name"]

        def node_ready():
            nodes = state["core"].list_node().items
            for n in nodes:
                if n.metadata.name == node_name:
                    return any(c.type == "Ready" and c.status == "True" for c in n.status.conditions)
            return False

        poll("the worker node to be Ready", node_ready, 90, 1)

    def budgets_and_eviction():
        core, policy = state["core"], state["policy"]
        try:
            budgets = policy.list_pod_disruption_budget_for_all_namespaces().items
        except Exception as e:  # V1PodDisruptionBudgetStatus has four required counts
            raise api_failure(e)
        names = {(b.metadata.namespace, b.metadata.name) for b in budgets}
        expect({("shop", "storefront"), ("kube-system", "coredns")} <= names, "the scenario's budgets", str(names))
        for b in budgets:
            expect(b.status.observed_generation == b.metadata.generation, "observed", str(b.status))
            expect(b.status.conditions and b.status.conditions[0].type == "DisruptionAllowed", "condition", str(b.status))

        def redis():
            pods = core.list_namespaced_pod("shop", label_selector="app=cart-redis").items
            running = [p for p in pods if p.status.phase == "Running" and not p.metadata.deletion_timestamp]
            return running[0] if running else None

        pod = poll("cart-redis to run", redis, 30, 0.5)
        body = client.V1PodDisruptionBudget(
            metadata=client.V1ObjectMeta(name="cart-redis", namespace="shop"),
            spec=client.V1PodDisruptionBudgetSpec(
                min_available=1, selector=client.V1LabelSelector(match_labels={"app": "cart-redis"})
            ),
        )
        try:
            created = policy.create_namespaced_pod_disruption_budget("shop", body)
        except Exception as e:
            raise api_failure(e)
        expect(created.status.disruptions_allowed == 0 and created.status.desired_healthy == 1, "no disruption allowed",
               str(created.status))
        eviction = client.V1Eviction(metadata=client.V1ObjectMeta(name=pod.metadata.name, namespace="shop"))
        try:
            core.create_namespaced_pod_eviction(pod.metadata.name, "shop", eviction)
        except client.exceptions.ApiException as e:
            expect(e.status == 429, "429 TooManyRequests", str(e))
            expect("DisruptionBudget" in e.body and "disruption budget" in e.body, "the budget's cause", e.body)
        else:
            raise Failure("the eviction went through a budget that allows none")
        try:
            policy.delete_namespaced_pod_disruption_budget("cart-redis", "shop")
            core.create_namespaced_pod_eviction(pod.metadata.name, "shop", eviction)
            going = core.read_namespaced_pod(pod.metadata.name, "shop")
        except Exception as e:
            raise api_failure(e)
        expect(going.metadata.deletion_timestamp is not None, "evicted: a deletionTimestamp", str(going.metadata))

        def replaced():
            new = redis()
            return new if new and new.metadata.name != pod.metadata.name else None

        poll("a replacement cart-redis", replaced, 60, 0.5)

    def cordon_by_json_patch():
        core = state["core"]
        name = state["master"]
        try:
            # This client sends a list as application/json-patch+json.
            node = core.patch_node(name, [{"op": "add", "path": "/spec/unschedulable", "value": True}])
            expect(node.spec.unschedulable is True, "cordoned", str(node.spec))
            expect(any(t.key == "node.kubernetes.io/unschedulable" for t in node.spec.taints or []), "tainted",
                   str(node.spec.taints))
            node = core.patch_node(name, [{"op": "remove", "path": "/spec/unschedulable"}])
            expect(not node.spec.unschedulable, "uncordoned", str(node.spec))
        except Exception as e:
            if isinstance(e, Failure):
                raise
            raise api_failure(e)

    def errors():
        core = state["core"]
        try:
            core.read_node("no-such-node")
        except client.exceptions.ApiException as e:
            expect(e.status == 404, "404 for a missing node", str(e))
        else:
            raise Failure("reading a missing node succeeded")
        try:
            state["custom"].patch_namespaced_custom_object_scale(
                "controlplane.cluster.x-k8s.io", "v1beta1", "default", "kubeadmcontrolplanes",
                "maestro-demo-control-plane", {"spec": {"replicas": 2}},
            )
        except client.exceptions.ApiException as e:
            expect(e.status == 422 and "even number" in e.body, "422 for two masters", str(e))
        else:
            raise Failure("two masters were accepted")

    steps = [
        ("start maestro-sim (shared-master, TLS, token)", start),
        ("list_node", list_nodes),
        ("list_namespace, list_event_for_all_namespaces", other_lists),
        ("list_pod_for_all_namespaces with limit/_continue", paginate_pods),
        ("watch.Watch().stream(list_node)", watch_nodes),
        ("scale subresource of the MachineDeployment", scale),
        ("PolicyV1Api budgets, create_namespaced_pod_eviction", budgets_and_eviction),
        ("patch_node with a JSON patch: cordon", cordon_by_json_patch),
        ("errors as ApiException", errors),
    ]
    return run_steps(steps, lambda: [s for s in sims if s.proc.returncode is None])


if __name__ == "__main__":
    sys.exit(main())
