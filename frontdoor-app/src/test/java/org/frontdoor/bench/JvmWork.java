package org.frontdoor.bench;

import java.lang.management.ManagementFactory;

/**
 * What this JVM spent during a timed phase: CPU time of the whole process (the platform and the
 * load clients in it), and the JIT compiler's time, which shows whether the phase measured
 * compiled code or a warm-up still in progress.
 */
final class JvmWork {

    private final long cpuNanos;
    private final long compileMillis;

    private JvmWork() {
        this.cpuNanos = processCpuNanos();
        this.compileMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    static JvmWork start() {
        return new JvmWork();
    }

    double cpuMillis() {
        return (processCpuNanos() - cpuNanos) / 1e6;
    }

    double jitSeconds() {
        return (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compileMillis) / 1e3;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
