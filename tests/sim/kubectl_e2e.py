#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The real kubectl against maestro-sim: what a user sees must be right, not only
the exit codes. Runs with a private HOME and KUBECONFIG, so the user's files are
never read or written.

    kubectl_e2e.py --sim path/to/maestro-sim
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from simharness import Failure, Sim, poll, run_steps, skip_or_fail  # noqa: E402

TOKEN = "e2e-token-5a1c"
MD = "maestro-demo-md-0"
KCP = "maestro-demo-control-plane"


class Kubectl:
    def __init__(self, kubectl, env, kubeconfig):
        self.kubectl = kubectl
        self.env = env
        self.kubeconfig = kubeconfig

    def run(self, *args, timeout=60, ok=True, kubeconfig=None):
        """Runs kubectl; with ok=True a non-zero exit is a failure (with the output)."""
        cmd = [self.kubectl, "--kubeconfig", kubeconfig or self.kubeconfig] + list(args)
        try:
            p = subprocess.run(cmd, env=self.env, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired as e:
            raise Failure(f"`{' '.join(cmd[3:])}` ran over {timeout} s\n{e.stdout}\n{e.stderr}")
        if ok and p.returncode != 0:
            raise Failure(
                f"`{' '.join(cmd[3:])}` exited with {p.returncode}\n"
                f"stdout:\n{p.stdout}\nstderr:\n{p.stderr}"
            )
        return p

    def out(self, *args, **kw):
        return self.run(*args, **kw).stdout


def table(text):
    """kubectl's plain table as a list of dicts keyed by the header's column names.
    Columns are found from the header's positions, so cells with spaces survive."""
    lines = [l for l in text.splitlines() if l.strip()]
    if not lines:
        return []
    header = lines[0]
    starts = [m.start() for m in re.finditer(r"\S+(?: \S+)*", header)]
    names = [header[s:e].strip() for s, e in zip(starts, starts[1:] + [None])]
    rows = []
    for line in lines[1:]:
        cells = [line[s:e].strip() if e else line[s:].strip() for s, e in zip(starts, starts[1:] + [None])]
        rows.append(dict(zip(names, cells)))
    return rows


def expect(condition, message, output=""):
    if not condition:
        raise Failure(f"{message}\n--- output ---\n{output}")


def failed_requests(verbose_log):
    """Lines of a -v=6 log for requests that got 4xx/5xx, and discovery complaints."""
    bad = []
    for line in verbose_log.splitlines():
        if re.search(r"round_trippers\.go.*\s[45]\d\d\s", line):
            bad.append(line)
        elif "couldn't get resource list" in line or "memcache.go" in line:
            bad.append(line)
    return bad


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sim", required=True, help="the maestro-sim binary")
    args = parser.parse_args()

    kubectl = shutil.which("kubectl")
    if not kubectl:
        skip_or_fail("kubectl is not on PATH")

    with tempfile.TemporaryDirectory(prefix="maestro-kubectl-e2e-") as tmp:
        home = os.path.join(tmp, "home")
        os.makedirs(home)
        env = dict(os.environ)
        env.update(
            HOME=home,
            KUBECONFIG=os.path.join(home, "no-such-kubeconfig"),  # only --kubeconfig counts
            XDG_CONFIG_HOME=os.path.join(home, ".config"),
            XDG_CACHE_HOME=os.path.join(home, ".cache"),
            KUBECACHEDIR=os.path.join(home, ".kube", "cache"),
            NO_PROXY="127.0.0.1,localhost",
            no_proxy="127.0.0.1,localhost",
        )
        for var in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy"):
            env.pop(var, None)
        sims = []
        try:
            return run(args.sim, tmp, env, kubectl, sims)
        finally:
            for sim in sims:
                try:
                    code = sim.stop()
                    if code != 0:
                        print(f"note: {sim.name} exited with {code}", file=sys.stderr)
                except Failure as e:
                    print(f"FAIL stopping: {e}", file=sys.stderr)
                    return 1


def run(sim_binary, tmp, env, kubectl_path, sims):
    state = {}

    def start_shared():
        sim = Sim(
            sim_binary,
            tmp,
            "shared-master",
            ["--scenario", "shared-master", "--tls", "--token", TOKEN, "--speed", "60", "--seed", "3"],
        )
        sims.append(sim)
        expect(sim.url.startswith("https://"), "with --tls the URL is https", sim.url)
        state["k"] = Kubectl(kubectl_path, env, sim.kubeconfig)

    def get_nodes():
        k = state["k"]
        # The first call also runs discovery against an empty cache: nothing may fail.
        p = k.run("get", "nodes", "-v=6")
        bad = failed_requests(p.stderr)
        expect(not bad, "discovery or the list made failed requests", "\n".join(bad))
        rows = table(p.stdout)
        expect(len(rows) == 1, "shared-master has exactly one node", p.stdout)
        node = rows[0]
        expect(node.get("STATUS") == "Ready", "the master is Ready", p.stdout)
        expect(node.get("ROLES") == "control-plane", "ROLES says control-plane", p.stdout)
        expect(re.fullmatch(r"\d+[smhd]\S*", node.get("AGE", "")), "AGE is a duration", p.stdout)
        expect(node.get("VERSION", "").startswith("v1."), "VERSION is a kubelet version", p.stdout)
        state["master"] = node["NAME"]

    def get_nodes_wide():
        out = state["k"].out("get", "nodes", "-o", "wide")
        rows = table(out)
        for column in ("INTERNAL-IP", "EXTERNAL-IP", "OS-IMAGE", "KERNEL-VERSION", "CONTAINER-RUNTIME"):
            expect(column in rows[0], f"-o wide has {column}", out)
        expect(re.fullmatch(r"\d+\.\d+\.\d+\.\d+", rows[0]["INTERNAL-IP"]), "INTERNAL-IP is an IPv4 address", out)
        expect(rows[0]["CONTAINER-RUNTIME"].startswith("containerd://"), "a container runtime", out)

    def get_pods():
        out = state["k"].out("get", "pods", "-A")
        rows = table(out)
        master = state["master"]
        names = {(r["NAMESPACE"], r["NAME"]) for r in rows}
        for component in ("etcd", "kube-apiserver", "kube-scheduler", "kube-controller-manager"):
            expect(("kube-system", f"{component}-{master}") in names, f"{component}-{master} in kube-system", out)
        shop = [r for r in rows if r["NAMESPACE"] == "shop"]
        expect(any(r["NAME"].startswith("storefront-") for r in shop), "storefront pods in shop", out)
        expect(any(r["NAME"].startswith("cart-redis-") for r in shop), "cart-redis in shop", out)
        expect(all(re.fullmatch(r"\d+/\d+", r["READY"]) for r in rows), "READY is n/m everywhere", out)

    def events():
        k = state["k"]

        def seen():
            out = k.out("get", "events", "-A")
            reasons = {r.get("REASON") for r in table(out)}
            if {"Evicted", "FailedScheduling"} <= reasons:
                return out
            raise Failure(f"reasons so far: {sorted(r for r in reasons if r)}")

        out = poll("Evicted and FailedScheduling events", seen, 90, 2)
        expect("The node was low on resource: memory" in out, "the eviction message", out)
        expect("nodes are available" in out, "the scheduler's message", out)

    def top():
        k = state["k"]
        out = poll("node metrics", lambda: k.out("top", "nodes"), 30)
        rows = table(out)
        expect(len(rows) == 1 and rows[0]["NAME"] == state["master"], "top nodes lists the master", out)
        expect(re.fullmatch(r"\d+m", rows[0]["CPU(cores)"]), "CPU in millicores", out)
        expect(re.fullmatch(r"\d+%", rows[0]["CPU%"]), "CPU%", out)
        expect(re.fullmatch(r"\d+Mi", rows[0]["MEMORY(bytes)"]), "memory in Mi", out)
        expect(re.fullmatch(r"\d+%", rows[0]["MEMORY%"]), "MEMORY%", out)
        out = k.out("top", "pods", "-A")
        rows = table(out)
        etcd = [r for r in rows if r["NAME"] == f"etcd-{state['master']}"]
        expect(etcd, "top pods shows etcd", out)
        expect(all(re.fullmatch(r"\d+m", r["CPU(cores)"]) for r in rows), "pod CPU in millicores", out)
        expect(all(re.fullmatch(r"\d+Mi", r["MEMORY(bytes)"]) for r in rows), "pod memory in Mi", out)

    def machinedeployments():
        out = state["k"].out("get", "machinedeployments", "-A")
        rows = table(out)
        md = [r for r in rows if r["NAME"] == MD]
        expect(md and md[0]["NAMESPACE"] == "default", f"{MD} in default", out)
        expect(md[0]["REPLICAS"] == "0", "no workers yet", out)
        expect(md[0]["CLUSTER"] == "maestro-demo", "CLUSTER column", out)

    def scale_up():
        k = state["k"]
        watch_log = os.path.join(tmp, "watch-nodes.out")
        watch_out = open(watch_log, "w")
        watch_err = open(watch_log + ".err", "w")
        watcher = subprocess.Popen(
            [k.kubectl, "--kubeconfig", k.kubeconfig, "get", "nodes", "-w", "--request-timeout=0"],
            env=k.env,
            stdout=watch_out,
            stderr=watch_err,
        )
        try:
            read = lambda: open(watch_log).read()  # noqa: E731
            # The initial list is printed before the watch starts.
            poll("the watch's initial list", lambda: state["master"] in read(), 30, 0.3)
            out = k.out("scale", "machinedeployment", MD, "-n", "default", "--replicas=1")
            expect(f"machinedeployment.cluster.x-k8s.io/{MD} scaled" in out, "scale confirms", out)

            def machine_running():
                out = k.out("get", "machines", "-A")
                new = [r for r in table(out) if r["NAME"].startswith(MD + "-")]
                if new and new[0]["PHASE"] == "Running":
                    return new[0]
                raise Failure(out)

            machine = poll("the new Machine to be Running", machine_running, 120, 1)
            expect(machine["NODENAME"] == machine["NAME"], "the Machine has a nodeRef", str(machine))
            expect(machine["PROVIDERID"].startswith("maestro://"), "a provider ID", str(machine))

            def node_ready():
                out = k.out("get", "nodes")
                rows = {r["NAME"]: r for r in table(out)}
                row = rows.get(machine["NAME"])
                if row and row["STATUS"] == "Ready":
                    return out
                raise Failure(out)

            out = poll("the new Node to be Ready", node_ready, 90, 1)
            expect(len(table(out)) == 2, "two nodes now", out)

            def watch_saw():
                text = read()
                return [l for l in text.splitlines() if l.startswith(machine["NAME"] + " ") and " Ready " in l]

            poll("`get nodes -w` to print the new Ready node", watch_saw, 30, 0.5)
            text = read()
            # Every row of the watch has the same shape as the header (no blank or
            # half-printed rows from a Table without columns).
            for line in text.splitlines()[1:]:
                fields = line.split()
                expect(len(fields) == 5, "each watch row has NAME STATUS ROLES AGE VERSION", text)
                expect(fields[1] in ("Ready", "NotReady"), "STATUS of a watch row", text)
        finally:
            watcher.terminate()
            try:
                watcher.wait(timeout=10)
            except subprocess.TimeoutExpired:
                watcher.kill()
            watch_out.close()
            watch_err.close()

    def create_machinedeployment():
        # A bigger size is a new MachineDeployment on another template; kubectl first
        # reads /openapi/v3 to decide how to validate, so this also checks that.
        k = state["k"]
        manifest = os.path.join(tmp, "big-workers.yaml")
        with open(manifest, "w") as f:
            f.write(
                "apiVersion: cluster.x-k8s.io/v1beta1\n"
                "kind: MachineDeployment\n"
                "metadata:\n  name: big-workers\n  namespace: default\n"
                "spec:\n  clusterName: maestro-demo\n  replicas: 1\n"
                "  template:\n    spec:\n      infrastructureRef:\n"
                "        apiVersion: infrastructure.cluster.x-k8s.io/v1beta1\n"
                "        kind: MaestroMachineTemplate\n"
                "        name: maestro-demo-s-8vcpu-16gb\n"
            )
        p = k.run("create", "-f", manifest, "-v=6")
        expect("machinedeployment.cluster.x-k8s.io/big-workers created" in p.stdout, "created", p.stdout + p.stderr)
        bad = failed_requests(p.stderr)
        expect(not bad, "create -f made no failed requests (OpenAPI included)", "\n".join(bad))
        p = k.run("create", "-f", manifest, ok=False)
        expect(p.returncode != 0 and "AlreadyExists" in p.stderr, "creating it twice", p.stderr)

        def big_node_ready():
            out = k.out("get", "nodes", "-L", "node.kubernetes.io/instance-type")
            rows = [r for r in table(out) if r["NAME"].startswith("big-workers-")]
            if rows and rows[0]["STATUS"] == "Ready":
                return rows[0]
            raise Failure(out)

        row = poll("the bigger worker to be Ready", big_node_ready, 120, 1)
        expect(row["INSTANCE-TYPE"] == "s-8vcpu-16gb", "the node has the new size", str(row))

    def node_rows():
        return {r["NAME"]: r for r in table(state["k"].out("get", "nodes"))}

    def pods_on(node):
        out = state["k"].out("get", "pods", "-A", "--field-selector", f"spec.nodeName={node}", "-o", "json")
        return json.loads(out)["items"]

    def cordon():
        k = state["k"]
        worker = next(n for n in node_rows() if n.startswith(MD + "-"))
        state["worker"] = worker
        out = k.out("cordon", worker)
        expect(f"node/{worker} cordoned" in out, "cordon confirms", out)
        row = node_rows()[worker]
        expect(row["STATUS"] == "Ready,SchedulingDisabled", "STATUS after cordon", str(row))
        taints = json.loads(k.out("get", "node", worker, "-o", "jsonpath={.spec.taints}") or "[]")
        expect(
            {"key": "node.kubernetes.io/unschedulable", "effect": "NoSchedule"} in taints,
            "the node lifecycle controller's taint",
            str(taints),
        )
        out = k.out("uncordon", worker)
        expect(f"node/{worker} uncordoned" in out, "uncordon confirms", out)
        expect(node_rows()[worker]["STATUS"] == "Ready", "Ready again", str(node_rows()[worker]))

    def get_pdb():
        out = state["k"].out("get", "pdb", "-A")
        rows = {(r["NAMESPACE"], r["NAME"]): r for r in table(out)}
        web = rows.get(("shop", "storefront"))
        expect(web and web["MIN AVAILABLE"] == "2" and web["MAX UNAVAILABLE"] == "N/A", "the storefront budget", out)
        expect(re.fullmatch(r"\d+", web["ALLOWED DISRUPTIONS"]), "ALLOWED DISRUPTIONS is a number", out)
        dns = rows.get(("kube-system", "coredns"))
        expect(dns and dns["MAX UNAVAILABLE"] == "1" and dns["MIN AVAILABLE"] == "N/A", "the coredns budget", out)

    def drain():
        k = state["k"]
        master = state["master"]
        # A bare pod on the master: without --force, drain refuses (after cordoning).
        p = k.run("drain", master, "--ignore-daemonsets", "--delete-emptydir-data", "--timeout=20s", ok=False)
        expect(p.returncode != 0, "drain refuses a pod without a controller", p.stdout + p.stderr)
        expect("cannot delete Pods that declare no controller" in p.stderr and "shop/db-shell" in p.stderr,
               "drain names the bare pod", p.stderr)
        k.out("uncordon", master)
        # A budget that allows no disruption blocks the eviction of cart-redis: kubectl
        # retries on 429 until its timeout.
        manifest = os.path.join(tmp, "redis-pdb.yaml")
        with open(manifest, "w") as f:
            f.write(
                "apiVersion: policy/v1\nkind: PodDisruptionBudget\n"
                "metadata:\n  name: cart-redis\n  namespace: shop\n"
                "spec:\n  minAvailable: 1\n  selector:\n    matchLabels:\n      app: cart-redis\n"
            )
        out = k.out("create", "-f", manifest)
        expect("poddisruptionbudget.policy/cart-redis created" in out, "the budget is created", out)

        def redis_running():
            pods = json.loads(k.out("get", "pods", "-n", "shop", "-l", "app=cart-redis", "-o", "json"))["items"]
            running = [p for p in pods if p["status"]["phase"] == "Running" and "deletionTimestamp" not in p["metadata"]]
            return running[0] if running else None

        redis = poll("cart-redis to run", redis_running, 30, 0.5)
        node = redis["spec"]["nodeName"]
        p = k.run("drain", node, "--ignore-daemonsets", "--delete-emptydir-data", "--force", "--timeout=4s", ok=False)
        expect(p.returncode != 0, "the drain times out on the budget", p.stdout + p.stderr)
        expect(
            "Cannot evict pod as it would violate the pod's disruption budget." in p.stderr
            and "cart-redis" in p.stderr,
            "kubectl reports the budget's 429",
            p.stderr,
        )
        out = k.out("get", "pdb", "-n", "shop", "cart-redis")
        expect(table(out)[0]["ALLOWED DISRUPTIONS"] == "0", "no disruption allowed", out)
        out = k.out("delete", "pdb", "-n", "shop", "cart-redis")
        expect('poddisruptionbudget.policy "cart-redis" deleted' in out, "the budget is deleted", out)
        # Now the drain goes through: evictions, graceful ends, replacements elsewhere.
        p = k.run("drain", node, "--ignore-daemonsets", "--delete-emptydir-data", "--force", "--timeout=90s", timeout=120)
        expect(f"node/{node} drained" in p.stdout, "drained", p.stdout + p.stderr)
        expect("Warning: ignoring DaemonSet-managed Pods" in p.stderr and "kube-system/kube-proxy-" in p.stderr,
               "drain leaves the DaemonSet pods", p.stderr)
        left = pods_on(node)
        for pod in left:
            owner = (pod["metadata"].get("ownerReferences") or [{}])[0].get("kind")
            mirror = "kubernetes.io/config.mirror" in pod["metadata"].get("annotations", {})
            expect(owner == "DaemonSet" or mirror, "only DaemonSet and mirror pods stay",
                   json.dumps([(p["metadata"]["name"], p["metadata"].get("ownerReferences")) for p in left]))
        replacement = poll("a new cart-redis elsewhere", redis_running, 60, 0.5)
        expect(replacement["spec"]["nodeName"] != node and replacement["metadata"]["name"] != redis["metadata"]["name"],
               "the replacement runs on another node", json.dumps(replacement["spec"].get("nodeName")))
        expect(node_rows()[node]["STATUS"] == "Ready,SchedulingDisabled", "the drained node stays cordoned", "")
        k.out("uncordon", node)

    def remove_marked_machine():
        k = state["k"]
        out = k.out("scale", "machinedeployment", MD, "-n", "default", "--replicas=2")
        expect("scaled" in out, "scale to 2", out)

        def two_running():
            rows = [r for r in table(k.out("get", "machines", "-A")) if r["NAME"].startswith(MD + "-")]
            if len(rows) == 2 and all(r["PHASE"] == "Running" for r in rows):
                return rows
            raise Failure(str(rows))

        rows = poll("two workers of the MachineDeployment", two_running, 120, 1)
        # The older one would stay under the Newest policy: the annotation picks it.
        older = state["worker"]
        expect(older in {r["NAME"] for r in rows}, "the first worker is one of them", str(rows))
        out = k.out("annotate", "machine", older, "-n", "default", "cluster.x-k8s.io/delete-machine=yes")
        expect(f"machine.cluster.x-k8s.io/{older} annotated" in out, "annotate confirms", out)
        out = k.out("get", "machine", older, "-n", "default", "-o", "jsonpath={.metadata.annotations}")
        expect('"cluster.x-k8s.io/delete-machine":"yes"' in out, "the annotation is kept", out)
        k.out("scale", "machinedeployment", MD, "-n", "default", "--replicas=1")

        def only_newer():
            rows = [r for r in table(k.out("get", "machines", "-A")) if r["NAME"].startswith(MD + "-")]
            if len(rows) == 1 and rows[0]["NAME"] != older and rows[0]["PHASE"] == "Running":
                return rows
            raise Failure(str(rows))

        poll("the marked machine to go, the other to stay", only_newer, 120, 1)
        expect(older not in node_rows(), "its node is gone", str(list(node_rows())))

    def delete_machine():
        k = state["k"]
        rows = [r for r in table(k.out("get", "machines", "-A")) if r["NAME"].startswith("big-workers-")]
        expect(len(rows) == 1, "one big worker", str(rows))
        doomed = rows[0]["NAME"]
        p = k.run("delete", "machine", doomed, "-n", "default", timeout=120)
        expect(f'machine.cluster.x-k8s.io "{doomed}" deleted' in p.stdout, "delete confirms (after waiting)", p.stdout)

        def replaced():
            rows = [r for r in table(k.out("get", "machines", "-A")) if r["NAME"].startswith("big-workers-")]
            if len(rows) == 1 and rows[0]["NAME"] != doomed and rows[0]["PHASE"] == "Running":
                return rows
            raise Failure(str(rows))

        # The replicas were not lowered: the MachineSet replaces it.
        poll("a replacement big worker", replaced, 120, 1)

    def etcd_logs():
        k = state["k"]
        pod = f"etcd-{state['master']}"

        def slow_lines():
            out = k.out("logs", "-n", "kube-system", pod)
            lines = [l for l in out.splitlines() if "apply request took too long" in l]
            if lines:
                return lines
            raise Failure(out[-2000:])

        lines = poll("etcd's slow apply warnings", slow_lines, 60, 2)
        entry = json.loads(lines[-1])
        expect(entry.get("level") == "warn" and "took" in entry, "a JSON log line of etcd", lines[-1])
        out = k.out("logs", "-n", "kube-system", pod, "--tail=3")
        expect(len(out.splitlines()) == 3, "--tail=3 gives three lines", out)

    def kcp_even():
        p = state["k"].run("scale", "kcp", KCP, "-n", "default", "--replicas=2", ok=False)
        expect(p.returncode != 0, "scaling the control plane to 2 is refused", p.stdout + p.stderr)
        expect("even" in p.stderr, "the refusal names the even count", p.stderr)
        expect("replicas cannot be an even number when etcd is stacked" in p.stderr, "the webhook's text", p.stderr)
        out = state["k"].out("get", "kcp", "-n", "default")
        expect(table(out)[0]["REPLICAS"] == "1", "the control plane stays at 1", out)

    def preconditions():
        k = state["k"]
        p = k.run("scale", "md", MD, "-n", "default", "--current-replicas=7", "--replicas=3", ok=False)
        expect(p.returncode != 0 and "Expected replicas to be 7" in p.stderr, "--current-replicas mismatch", p.stderr)
        p = k.run("scale", "md", MD, "-n", "default", "--resource-version=1", "--replicas=3", ok=False)
        expect(p.returncode != 0 and "Expected resource version to be 1" in p.stderr, "stale --resource-version", p.stderr)
        # kubectl checks those two itself; the server's own check is the PUT of a
        # Scale carrying an old resourceVersion.
        path = f"/apis/cluster.x-k8s.io/v1beta1/namespaces/default/machinedeployments/{MD}/scale"
        scale = json.loads(k.out("get", "--raw", path))
        expect(scale.get("kind") == "Scale" and scale["spec"]["replicas"] == 1, "the Scale object", json.dumps(scale))
        stale = dict(scale)
        stale["metadata"] = dict(scale["metadata"], resourceVersion="2")
        stale["spec"] = {"replicas": 3}
        body = os.path.join(tmp, "stale-scale.json")
        with open(body, "w") as f:
            json.dump(stale, f)
        p = k.run("replace", "--raw", path, "-f", body, ok=False)
        expect(p.returncode != 0, "a stale PUT fails", p.stdout + p.stderr)
        expect("Conflict" in p.stderr and "the object has been modified" in p.stderr, "409 Conflict", p.stderr)
        # And with the current resourceVersion the same PUT goes through (to 1: no change).
        fresh = dict(scale, spec={"replicas": 1})
        with open(body, "w") as f:
            json.dump(fresh, f)
        out = k.out("replace", "--raw", path, "-f", body)
        expect(json.loads(out)["spec"]["replicas"] == 1, "a current PUT succeeds", out)

    def wrong_token():
        sim = sims[0]
        with open(sim.kubeconfig) as f:
            text = f.read()
        expect(f'token: "{TOKEN}"' in text, "the kubeconfig carries the token", text)
        bad = os.path.join(tmp, "wrong-token.kubeconfig")
        with open(bad, "w") as f:
            f.write(text.replace(TOKEN, "not-the-token"))
        p = state["k"].run("get", "nodes", kubeconfig=bad, ok=False)
        expect(p.returncode != 0, "a wrong token fails", p.stdout + p.stderr)
        expect("error: You must be logged in to the server (Unauthorized)" in p.stderr, "Unauthorized", p.stderr)

    def missing_ca():
        sim = sims[0]
        with open(sim.kubeconfig) as f:
            lines = f.read().splitlines(keepends=True)
        kept = [l for l in lines if "certificate-authority-data" not in l]
        expect(len(kept) == len(lines) - 1, "the kubeconfig had CA data", "".join(lines))
        noca = os.path.join(tmp, "no-ca.kubeconfig")
        with open(noca, "w") as f:
            f.write("".join(kept))
        p = state["k"].run("get", "nodes", kubeconfig=noca, ok=False)
        expect(p.returncode != 0, "no CA: TLS verification fails", p.stdout + p.stderr)
        expect("x509" in p.stderr and "certificate signed by unknown authority" in p.stderr, "x509 error", p.stderr)

    def stop_shared():
        code = sims[0].stop()
        expect(code == 0, f"SIGTERM ends maestro-sim with 0 (got {code})", sims[0].stderr_tail())

    def start_large():
        sim = Sim(
            sim_binary,
            tmp,
            "large",
            ["--scenario", "large", "--nodes", "50", "--pods", "3000", "--events", "2000"],
        )
        sims.append(sim)
        state["kl"] = Kubectl(kubectl_path, env, sim.kubeconfig)

    def chunked_list():
        k = state["kl"]
        items = json.loads(k.out("get", "--raw", "/api/v1/pods"))["items"]
        expect(len(items) >= 3000, f"the large scenario has at least 3000 pods (has {len(items)})")
        p = k.run("get", "pods", "-A", "--chunk-size=100", "--no-headers", "-v=6", timeout=120)
        lines = p.stdout.splitlines()
        expect(len(lines) == len(items), f"{len(lines)} rows for {len(items)} pods", p.stdout[-3000:])
        keys = {tuple(l.split()[:2]) for l in lines}
        expect(len(keys) == len(lines), "every pod exactly once", "")
        expected = {(i["metadata"]["namespace"], i["metadata"]["name"]) for i in items}
        expect(keys == expected, "the same pods as one unchunked list", str(sorted(expected ^ keys)[:10]))
        pages = [l for l in p.stderr.splitlines() if "round_trippers" in l and "continue=" in l]
        expect(len(pages) >= len(items) // 100 - 1, f"paginated requests with continue= (saw {len(pages)})", p.stderr[-3000:])
        expect(all("limit=100" in l for l in pages), "each page asks for limit=100", "\n".join(pages[:5]))
        bad = failed_requests(p.stderr)
        expect(not bad, "no failed requests", "\n".join(bad))
        out = k.out("get", "events", "-A", "--no-headers", "--chunk-size=500", timeout=120)
        expect(len(out.splitlines()) >= 2000, "the events of the large scenario", out[-2000:])

    steps = [
        ("start maestro-sim (shared-master, TLS, token, speed 60)", start_shared),
        ("get nodes", get_nodes),
        ("get nodes -o wide", get_nodes_wide),
        ("get pods -A", get_pods),
        ("get events -A: Evicted and FailedScheduling", events),
        ("top nodes / top pods -A", top),
        ("get machinedeployments -A", machinedeployments),
        ("scale machinedeployment to 1, watch the node join", scale_up),
        ("create -f a MachineDeployment of another size", create_machinedeployment),
        ("cordon / uncordon", cordon),
        ("get pdb -A", get_pdb),
        ("drain: bare pod, a blocking budget, then through", drain),
        ("annotate machine delete-machine, scale down", remove_marked_machine),
        ("delete machine: replaced", delete_machine),
        ("logs of etcd", etcd_logs),
        ("KubeadmControlPlane refuses 2 replicas", kcp_even),
        ("preconditions and 409 Conflict", preconditions),
        ("wrong token: Unauthorized", wrong_token),
        ("kubeconfig without the CA: x509", missing_ca),
        ("SIGTERM stops maestro-sim", stop_shared),
        ("start maestro-sim (large, 50 nodes, 3000 pods)", start_large),
        ("get pods -A --chunk-size=100", chunked_list),
    ]
    return run_steps(steps, lambda: [s for s in sims if s.proc.returncode is None])


if __name__ == "__main__":
    sys.exit(main())
