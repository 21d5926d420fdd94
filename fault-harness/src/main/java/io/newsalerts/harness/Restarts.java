package io.newsalerts.harness;

import io.newsalerts.localinfra.ServiceProcess;

/** Stopping a service process (SIGKILL or SIGTERM) and starting it again at once, timed. */
final class Restarts {

    /** A graceful stop and restart: the exit code, seconds until exit, seconds from SIGTERM until ready again. */
    record Graceful(int exitCode, double stoppedSeconds, double readySeconds) {

        String describe() {
            return "exit code " + exitCode + " after " + Progress.formatSeconds(stoppedSeconds) + ", ready again "
                    + Progress.formatSeconds(readySeconds) + " after SIGTERM";
        }
    }

    private Restarts() {
    }

    /** SIGKILL, start again right away; returns the seconds from the kill until it is ready again. */
    static double killAndRestart(ServiceProcess service) throws Exception {
        long killedAt = System.nanoTime();
        service.kill();
        Progress.log("%s killed (SIGKILL), starting it again", service.name());
        service.start();
        service.awaitReady(HarnessSettings.READY_TIMEOUT);
        double ready = Progress.seconds(killedAt);
        Progress.log("%s ready again %s after the kill", service.name(), Progress.formatSeconds(ready));
        return ready;
    }

    /** SIGTERM, wait for the graceful exit, start again right away. */
    static Graceful terminateAndRestart(ServiceProcess service) throws Exception {
        long signalledAt = System.nanoTime();
        Progress.log("%s: SIGTERM", service.name());
        int exitCode = service.terminate();
        double stopped = Progress.seconds(signalledAt);
        Progress.log("%s exited with %d after %s, starting it again", service.name(), exitCode,
                Progress.formatSeconds(stopped));
        service.start();
        service.awaitReady(HarnessSettings.READY_TIMEOUT);
        Graceful graceful = new Graceful(exitCode, stopped, Progress.seconds(signalledAt));
        Progress.log("%s ready again %s after SIGTERM", service.name(),
                Progress.formatSeconds(graceful.readySeconds()));
        return graceful;
    }
}
