<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>maestro::ClusterReport</name>
    <message numerus="yes">
        <source>Could not load the cluster within %n second(s): %1</source>
        <translation>
            <numerusform>Could not load the cluster within %n second: %1</numerusform>
            <numerusform>Could not load the cluster within %n seconds: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::ExecCredentialProvider</name>
    <message numerus="yes">
        <source>The credential plugin %1 did not answer within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>The credential plugin %1 did not answer within %n second and was stopped.</numerusform>
            <numerusform>The credential plugin %1 did not answer within %n seconds and was stopped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::advisor::Checks</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <extracomment>the rest of a list of pods, nodes or log lines that is too long to show</extracomment>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <extracomment>a duration in seconds</extracomment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>a duration in minutes</extracomment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>a duration in hours</extracomment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n master(s): the control plane is not highly available</source>
        <translation>
            <numerusform>%n master: the control plane is not highly available</numerusform>
            <numerusform>%n masters: the control plane is not highly available</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With %n master(s), etcd keeps its majority only while every master is up.</source>
        <extracomment>%n is the number of masters</extracomment>
        <translation>
            <numerusform>With %n master, etcd keeps its majority only while every master is up.</numerusform>
            <numerusform>With %n masters, etcd keeps its majority only while every master is up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) do not count: only masters run etcd and the API server.</source>
        <translation>
            <numerusform>%n worker does not count: only masters run etcd and the API server.</numerusform>
            <numerusform>%n workers do not count: only masters run etcd and the API server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n master(s) is an even number: the last one adds no failure tolerance</source>
        <translation>
            <numerusform>%n master is an even number: the last one adds no failure tolerance</numerusform>
            <numerusform>%n masters is an even number: the last one adds no failure tolerance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has no NoSchedule taint and runs %n application pod(s): %2</source>
        <translation>
            <numerusform>%1 has no NoSchedule taint and runs %n application pod: %2</numerusform>
            <numerusform>%1 has no NoSchedule taint and runs %n application pods: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The master also runs %n application pod(s)</source>
        <translation>
            <numerusform>The master also runs %n application pod</numerusform>
            <numerusform>The master also runs %n application pods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending pod(s) counted with their requests.</source>
        <translation>
            <numerusform>%n pending pod counted with their requests.</numerusform>
            <numerusform>%n pending pods counted with their requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>p99 %1 ms over the last %2, %n request(s) (watches excluded)</source>
        <extracomment>%1 is milliseconds, %2 a duration (&quot;5 min&quot;), %n the number of requests</extracomment>
        <translation>
            <numerusform>p99 %1 ms over the last %2, %n request (watches excluded)</numerusform>
            <numerusform>p99 %1 ms over the last %2, %n requests (watches excluded)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) waiting for a node for more than %1</source>
        <translation>
            <numerusform>%n pod waiting for a node for more than %1</numerusform>
            <numerusform>%n pods waiting for a node for more than %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scheduling latency p90 %1 s over %n pod(s) created in the last %2</source>
        <extracomment>%1 seconds, %2 a duration, %n pods</extracomment>
        <translation>
            <numerusform>Scheduling latency p90 %1 s over %n pod created in the last %2</numerusform>
            <numerusform>Scheduling latency p90 %1 s over %n pods created in the last %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) evicted on the master %1 in the last %2</source>
        <extracomment>%1 is a list of master nodes</extracomment>
        <translation>
            <numerusform>%n pod evicted on the master %1 in the last %2</numerusform>
            <numerusform>%n pods evicted on the master %1 in the last %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>etcd reported %n slow write(s) in the last %1</source>
        <translation>
            <numerusform>etcd reported %n slow write in the last %1</numerusform>
            <numerusform>etcd reported %n slow writes in the last %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n dedicated worker(s): the master runs the application and suffers</source>
        <translation>
            <numerusform>Add %n dedicated worker: the master runs the application and suffers</numerusform>
            <numerusform>Add %n dedicated workers: the master runs the application and suffers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Application load to move: %n pod(s), %1 cores, %2 GiB</source>
        <extracomment>%n application pods, %1 cores, %2 GiB</extracomment>
        <translation>
            <numerusform>Application load to move: %n pod, %1 cores, %2 GiB</numerusform>
            <numerusform>Application load to move: %n pods, %1 cores, %2 GiB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n etcd slow-write warning(s) since then; slowest took %1 ms</source>
        <translation>
            <numerusform>%n etcd slow-write warning since then; slowest took %1 ms</numerusform>
            <numerusform>%n etcd slow-write warnings since then; slowest took %1 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A worker now runs the application, yet etcd on the master still writes slowly. The latency comes from the master&apos;s own CPU and disk (etcd waits for every write to reach the disk), not from application pods, so more workers do not help. All masters share one machine template: a larger size means replacing them one by one, %n master(s) in all, an odd number so that etcd keeps its majority throughout.</source>
        <translation>
            <numerusform>A worker now runs the application, yet etcd on the master still writes slowly. The latency comes from the master&apos;s own CPU and disk (etcd waits for every write to reach the disk), not from application pods, so more workers do not help. All masters share one machine template: a larger size means replacing them one by one, %n master in all, an odd number so that etcd keeps its majority throughout.</numerusform>
            <numerusform>A worker now runs the application, yet etcd on the master still writes slowly. The latency comes from the master&apos;s own CPU and disk (etcd waits for every write to reach the disk), not from application pods, so more workers do not help. All masters share one machine template: a larger size means replacing them one by one, %n masters in all, an odd number so that etcd keeps its majority throughout.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::advisor::Finding</name>
    <message numerus="yes">
        <source>Replace the masters with %n master(s) of size %1</source>
        <translation>
            <numerusform>Replace the masters with %n master of size %1</numerusform>
            <numerusform>Replace the masters with %n masters of size %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n master(s) of size %1</source>
        <translation>
            <numerusform>Add %n master of size %1</numerusform>
            <numerusform>Add %n masters of size %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n worker(s) of size %1</source>
        <translation>
            <numerusform>Add %n worker of size %1</numerusform>
            <numerusform>Add %n workers of size %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::kube::ApiError</name>
    <message numerus="yes">
        <source>The cluster is throttling requests; retrying in %n second(s).</source>
        <translation>
            <numerusform>The cluster is throttling requests; retrying in %n second.</numerusform>
            <numerusform>The cluster is throttling requests; retrying in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::kube::ApiRequest</name>
    <message numerus="yes">
        <source>the connection ended after %n byte(s) of the answer: %1</source>
        <translation>
            <numerusform>the connection ended after %n byte of the answer: %1</numerusform>
            <numerusform>the connection ended after %n bytes of the answer: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::kube::ClusterConnection</name>
    <message numerus="yes">
        <source>%1 Retrying in %n second(s).</source>
        <translation>
            <numerusform>%1 Retrying in %n second.</numerusform>
            <numerusform>%1 Retrying in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::CordonOperation</name>
    <message numerus="yes">
        <source>%n server(s) cordoned: no new pods are scheduled there</source>
        <translation>
            <numerusform>%n server cordoned: no new pods are scheduled there</numerusform>
            <numerusform>%n servers cordoned: no new pods are scheduled there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) uncordoned: pods can be scheduled there again</source>
        <translation>
            <numerusform>%n server uncordoned: pods can be scheduled there again</numerusform>
            <numerusform>%n servers uncordoned: pods can be scheduled there again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::DrainOperation</name>
    <message numerus="yes">
        <source>The drain of %1 did not finish within %n second(s); the server stays cordoned. Still there: %2</source>
        <translation>
            <numerusform>The drain of %1 did not finish within %n second; the server stays cordoned. Still there: %2</numerusform>
            <numerusform>The drain of %1 did not finish within %n seconds; the server stays cordoned. Still there: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evicting %n pod(s) from %1</source>
        <translation>
            <numerusform>Evicting %n pod from %1</numerusform>
            <numerusform>Evicting %n pods from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n pod(s) moved off %2</source>
        <translation>
            <numerusform>%1 of %n pod moved off %2</numerusform>
            <numerusform>%1 of %n pods moved off %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 drained: %n pod(s) evicted; it stays cordoned</source>
        <translation>
            <numerusform>%1 drained: %n pod evicted; it stays cordoned</numerusform>
            <numerusform>%1 drained: %n pods evicted; it stays cordoned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::DrainPlan</name>
    <message numerus="yes">
        <source>%n pod(s) keep data in local storage (emptyDir) that is lost when they move: %1. Allow deleting local data to go ahead.</source>
        <translation>
            <numerusform>%n pod keep data in local storage (emptyDir) that is lost when they move: %1. Allow deleting local data to go ahead.</numerusform>
            <numerusform>%n pods keep data in local storage (emptyDir) that is lost when they move: %1. Allow deleting local data to go ahead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) have no controller and would not be re-created anywhere: %1. Allow deleting them to go ahead.</source>
        <translation>
            <numerusform>%n pod have no controller and would not be re-created anywhere: %1. Allow deleting them to go ahead.</numerusform>
            <numerusform>%n pods have no controller and would not be re-created anywhere: %1. Allow deleting them to go ahead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pod(s) are covered by more than one disruption budget, which the eviction API refuses: %1.</source>
        <translation>
            <numerusform>%n pod are covered by more than one disruption budget, which the eviction API refuses: %1.</numerusform>
            <numerusform>%n pods are covered by more than one disruption budget, which the eviction API refuses: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::LifecycleGuards</name>
    <message numerus="yes">
        <source>Removing %n master(s) would leave no master: the cluster would stop.</source>
        <translation>
            <numerusform>Removing %n master would leave no master: the cluster would stop.</numerusform>
            <numerusform>Removing %n masters would leave no master: the cluster would stop.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n master(s) would leave %1 masters, an even number: etcd gains no safety from it and the control plane refuses it. Remove masters in pairs, so that an odd number remains.</source>
        <translation>
            <numerusform>Removing %n master would leave %1 masters, an even number: etcd gains no safety from it and the control plane refuses it. Remove masters in pairs, so that an odd number remains.</numerusform>
            <numerusform>Removing %n masters would leave %1 masters, an even number: etcd gains no safety from it and the control plane refuses it. Remove masters in pairs, so that an odd number remains.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing %n master(s) would break etcd&apos;s quorum: of the %1 masters that would remain, only %2 are healthy, and etcd needs %3 for a majority. Wait until the masters are Ready and etcd is healthy.</source>
        <translation>
            <numerusform>Removing %n master would break etcd&apos;s quorum: of the %1 masters that would remain, only %2 are healthy, and etcd needs %3 for a majority. Wait until the masters are Ready and etcd is healthy.</numerusform>
            <numerusform>Removing %n masters would break etcd&apos;s quorum: of the %1 masters that would remain, only %2 are healthy, and etcd needs %3 for a majority. Wait until the masters are Ready and etcd is healthy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::RemoveServerOperation</name>
    <message numerus="yes">
        <source>The servers were not removed within %n minute(s).</source>
        <translation>
            <numerusform>The servers were not removed within %n minute.</numerusform>
            <numerusform>The servers were not removed within %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marking %n machine(s) for removal</source>
        <translation>
            <numerusform>Marking %n machine for removal</numerusform>
            <numerusform>Marking %n machines for removal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting for %n server(s) to go</source>
        <translation>
            <numerusform>Waiting for %n server to go</numerusform>
            <numerusform>Waiting for %n servers to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) removed: %1</source>
        <translation>
            <numerusform>%n server removed: %1</numerusform>
            <numerusform>%n servers removed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::lifecycle::ReplaceMastersFlow</name>
    <message numerus="yes">
        <source>Step %1 did not finish within %n minute(s): %2. Nothing more was changed; the flow can be resumed.</source>
        <translation>
            <numerusform>Step %1 did not finish within %n minute: %2. Nothing more was changed; the flow can be resumed.</numerusform>
            <numerusform>Step %1 did not finish within %n minutes: %2. Nothing more was changed; the flow can be resumed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Switch the masters to %1 and ask for %n master(s)</source>
        <translation>
            <numerusform>Switch the masters to %1 and ask for %n master</numerusform>
            <numerusform>Switch the masters to %1 and ask for %n masters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The masters were replaced: %n master(s) of size %1, etcd healthy.</source>
        <translation>
            <numerusform>The masters were replaced: %n master of size %1, etcd healthy.</numerusform>
            <numerusform>The masters were replaced: %n masters of size %1, etcd healthy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::scaling::ScaleUpOperation</name>
    <message numerus="yes">
        <source>The new servers were not ready after %n minute(s). %1</source>
        <translation>
            <numerusform>The new servers were not ready after %n minute. %1</numerusform>
            <numerusform>The new servers were not ready after %n minutes. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Provisioning %n server(s)</source>
        <translation>
            <numerusform>Provisioning %n server</numerusform>
            <numerusform>Provisioning %n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) ready</source>
        <translation>
            <numerusform>%1 of %n server ready</numerusform>
            <numerusform>%1 of %n servers ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) added and ready</source>
        <translation>
            <numerusform>%n server added and ready</numerusform>
            <numerusform>%n servers added and ready</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::ui::AdvisorPanel</name>
    <message numerus="yes">
        <source>%n finding(s), worst first.</source>
        <translation>
            <numerusform>%n finding, worst first.</numerusform>
            <numerusform>%n findings, worst first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::ui::ApplicationPage</name>
    <message numerus="yes">
        <source>%n master(s)</source>
        <translation>
            <numerusform>%n master</numerusform>
            <numerusform>%n masters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::ui::DashboardPage</name>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::ui::DrainDialog</name>
    <message numerus="yes">
        <source>Draining first marks %n server(s) unschedulable (cordon), so that no new pods start there. Then every pod is asked to move through the Eviction API, which respects disruption budgets: a pod whose budget allows no disruption now is asked again until it may go. DaemonSet and static pods stay. The servers stay cordoned afterwards, also when you stop the drain.</source>
        <translation>
            <numerusform>Draining first marks %n server unschedulable (cordon), so that no new pods start there. Then every pod is asked to move through the Eviction API, which respects disruption budgets: a pod whose budget allows no disruption now is asked again until it may go. DaemonSet and static pods stay. The servers stay cordoned afterwards, also when you stop the drain.</numerusform>
            <numerusform>Draining first marks %n servers unschedulable (cordon), so that no new pods start there. Then every pod is asked to move through the Eviction API, which respects disruption budgets: a pod whose budget allows no disruption now is asked again until it may go. DaemonSet and static pods stay. The servers stay cordoned afterwards, also when you stop the drain.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removing drains %n server(s) first (see below), then marks each machine for deletion and lowers its group&apos;s server count by one, so that Cluster API deletes exactly these machines. Their cloud servers are released.</source>
        <translation>
            <numerusform>Removing drains %n server first (see below), then marks each machine for deletion and lowers its group&apos;s server count by one, so that Cluster API deletes exactly these machines. Their cloud servers are released.</numerusform>
            <numerusform>Removing drains %n servers first (see below), then marks each machine for deletion and lowers its group&apos;s server count by one, so that Cluster API deletes exactly these machines. Their cloud servers are released.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::ui::LifecycleActions</name>
    <message numerus="yes">
        <source>Cordon %n server(s)</source>
        <translation>
            <numerusform>Cordon %n server</numerusform>
            <numerusform>Cordon %n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Uncordon %n server(s)</source>
        <translation>
            <numerusform>Uncordon %n server</numerusform>
            <numerusform>Uncordon %n servers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n cluster(s) in the kubeconfig</source>
        <translation>
            <numerusform>%n cluster in the kubeconfig</numerusform>
            <numerusform>%n clusters in the kubeconfig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n master(s)</source>
        <translation>
            <numerusform>%n master</numerusform>
            <numerusform>%n masters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n server(s): %1 ready</source>
        <translation>
            <numerusform>Adding %n server: %1 ready</numerusform>
            <numerusform>Adding %n servers: %1 ready</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::ui::ReplaceMastersDialog</name>
    <message numerus="yes">
        <source>The masters are replaced by %n master(s) of size %1. New masters of that size join first; once they are Ready and etcd is healthy, the old masters go one at a time, each replaced by a new one, so that etcd keeps its majority throughout. The cluster stays available; it takes several minutes per master.</source>
        <translation>
            <numerusform>The masters are replaced by %n master of size %1. New masters of that size join first; once they are Ready and etcd is healthy, the old masters go one at a time, each replaced by a new one, so that etcd keeps its majority throughout. The cluster stays available; it takes several minutes per master.</numerusform>
            <numerusform>The masters are replaced by %n masters of size %1. New masters of that size join first; once they are Ready and etcd is healthy, the old masters go one at a time, each replaced by a new one, so that etcd keeps its majority throughout. The cluster stays available; it takes several minutes per master.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::ui::ScaleUpWizard</name>
    <message numerus="yes">
        <source>%n master(s) in all: </source>
        <translation>
            <numerusform>%n master in all: </numerusform>
            <numerusform>%n masters in all: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the cluster survives %n master failure(s).</source>
        <translation>
            <numerusform>the cluster survives %n master failure.</numerusform>
            <numerusform>the cluster survives %n master failures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s) of this size will be added.</source>
        <translation>
            <numerusform>%n worker of this size will be added.</numerusform>
            <numerusform>%n workers of this size will be added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::ui::TimelinePage</name>
    <message numerus="yes">
        <source>%Ln event(s) in range</source>
        <translation>
            <numerusform>%Ln event in range</numerusform>
            <numerusform>%Ln events in range</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::ui::TimelineView</name>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln time(s), %1 – %2</source>
        <translation>
            <numerusform>%Ln time, %1 – %2</numerusform>
            <numerusform>%Ln times, %1 – %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>maestro::ui::UtilisationPage</name>
    <message numerus="yes">
        <source>Masters (%n)</source>
        <extracomment>Group headings of the series list with their node counts</extracomment>
        <translation>
            <numerusform>Masters (%n)</numerusform>
            <numerusform>Masters (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workers (%n)</source>
        <translation>
            <numerusform>Workers (%n)</numerusform>
            <numerusform>Workers (%n)</numerusform>
        </translation>
    </message>
</context>
</TS>
