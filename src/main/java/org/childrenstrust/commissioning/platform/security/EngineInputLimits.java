package org.childrenstrust.commissioning.platform.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Limits of the engine's own columns, checked before the engine writes: a process instance's
 * business key is at most {@value #MAX_BUSINESS_KEY} characters (ACT_RU_EXECUTION.BUSINESS_KEY_).
 * Every process gets a start listener that refuses a longer one as the person's error (400),
 * whoever starts it: the engine REST API, Tasklist or a feature's own endpoint.
 */
@Component
public class EngineInputLimits extends AbstractProcessEnginePlugin {

  public static final int MAX_BUSINESS_KEY = 255;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        ExecutionListener check = EngineInputLimits::checkBusinessKey;
        processDefinition.addListener(ExecutionListener.EVENTNAME_START, check);
      }
    });
    configuration.setCustomPreBPMNParseListeners(listeners);
  }

  static void checkBusinessKey(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey != null && businessKey.length() > MAX_BUSINESS_KEY) {
      throw TextLengthGuard.tooLong("business key", MAX_BUSINESS_KEY, businessKey.length());
    }
  }
}
