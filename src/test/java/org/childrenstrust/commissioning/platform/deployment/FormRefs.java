package org.childrenstrust.commissioning.platform.deployment;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Resolves the {@code camunda:formRef}s of a deployed process definition the way the engine does
 * when Tasklist opens the task (same command, same binding: latest, deployment or version).
 */
public final class FormRefs {

  private FormRefs() {}

  /** The form references of the definition that the engine cannot resolve, as readable lines. */
  public static List<String> unresolved(ProcessEngine engine, ProcessDefinition definition) {
    BpmnModelInstance model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
    List<FlowNode> withForms = new ArrayList<>();
    withForms.addAll(model.getModelElementsByType(UserTask.class));
    withForms.addAll(model.getModelElementsByType(StartEvent.class));
    List<String> unresolved = new ArrayList<>();
    for (FlowNode node : withForms) {
      String key = node.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "formRef");
      if (key == null || key.isBlank()) {
        continue;
      }
      String binding = node.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "formRefBinding");
      String version = node.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "formRefVersion");
      CamundaFormRefImpl ref = new CamundaFormRefImpl(key, binding == null ? "latest" : binding);
      if (version != null && !version.isBlank()) {
        ref.setVersion(Integer.valueOf(version));
      }
      CamundaFormDefinition form = resolve(engine, ref, definition.getDeploymentId());
      if (form == null || !key.equals(form.getKey())) {
        unresolved.add(definition.getKey() + "/" + node.getId() + ": no deployed Camunda Form '" + key
            + "' (binding " + ref.getBinding() + (ref.getVersion() == null ? "" : ", version " + ref.getVersion()) + ")");
      }
    }
    return unresolved;
  }

  /** The engine's form definition with this key, if it has one. */
  public static CamundaFormDefinition latestForm(ProcessEngine engine, String key) {
    return config(engine).getCommandExecutorTxRequired()
        .execute(context -> context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key));
  }

  private static CamundaFormDefinition resolve(ProcessEngine engine, CamundaFormRefImpl ref, String deploymentId) {
    try {
      return config(engine).getCommandExecutorTxRequired().execute(new GetCamundaFormDefinitionCmd(ref, deploymentId));
    } catch (RuntimeException notFound) {
      return null;
    }
  }

  private static ProcessEngineConfigurationImpl config(ProcessEngine engine) {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }
}
