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
    <name>maestro::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n cluster(s) in the kubeconfig</source>
        <translation>
            <numerusform>%n cluster in the kubeconfig</numerusform>
            <numerusform>%n clusters in the kubeconfig</numerusform>
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
