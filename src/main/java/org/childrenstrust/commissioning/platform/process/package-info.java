/**
 * Engine glue every feature uses, written once: reading and writing Camunda Forms data
 * ({@link org.childrenstrust.commissioning.platform.process.FormData}), the listener shape of a
 * user task's form ({@link org.childrenstrust.commissioning.platform.process.TaskForm}) and the
 * approve-or-send-back choice ({@link org.childrenstrust.commissioning.platform.process.ApprovalChoice}).
 */
@NamedInterface("process")
package org.childrenstrust.commissioning.platform.process;

import org.springframework.modulith.NamedInterface;
