package org.childrenstrust.commissioning.platform.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * The engine's state for monitoring (actuator {@code /actuator/metrics} and
 * {@code /actuator/prometheus}): running instances, open incidents, failed jobs, open tasks, and
 * the engine's own counters (activity instances started, jobs executed and failed).
 */
@Component
public class EngineMetrics implements MeterBinder {

  private final ProcessEngine engine;

  public EngineMetrics(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("commissioning.process.instances.running",
            () -> engine.getRuntimeService().createProcessInstanceQuery().active().count())
        .description("Running process instances").register(registry);
    Gauge.builder("commissioning.incidents.open",
            () -> engine.getRuntimeService().createIncidentQuery().count())
        .description("Open incidents (failed steps waiting for an administrator)").register(registry);
    Gauge.builder("commissioning.jobs.failed",
            () -> engine.getManagementService().createJobQuery().noRetriesLeft().count())
        .description("Jobs with no retries left").register(registry);
    Gauge.builder("commissioning.tasks.open",
            () -> engine.getTaskService().createTaskQuery().count())
        .description("Open user tasks").register(registry);
    ManagementService management = engine.getManagementService();
    for (String metric : new String[] {Metrics.ACTIVTY_INSTANCE_START, Metrics.JOB_SUCCESSFUL,
        Metrics.JOB_FAILED, Metrics.EXECUTED_DECISION_ELEMENTS, Metrics.ROOT_PROCESS_INSTANCE_START}) {
      Gauge.builder("camunda.engine." + metric, () -> management.createMetricsQuery().name(metric).sum())
          .description("Camunda engine metric " + metric + " (total since the metrics began)")
          .register(registry);
    }
  }
}
