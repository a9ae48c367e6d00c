package org.childrenstrust.commissioning.shared.errors;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Thrown inside the engine (start listeners, task listeners, delegates run in the caller's
 * transaction) when a person's input breaks a rule: a process started without the data it needs, a
 * task completed with an invalid form. The engine rolls the command back, so nothing is written;
 * the engine REST API, Tasklist and the domain API answer it with 400 and this message.
 */
public class InvalidProcessInput extends BadUserRequestException {

  public InvalidProcessInput(String message) {
    super(message);
  }
}
