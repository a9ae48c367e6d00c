/**
 * What every feature runs on, and which uses no feature: identity (groups, grants, Tasklist
 * filters, demo users), security, web error answers, operations, and the engine glue of
 * {@code platform.process}. Features may use {@code process} and the types of {@code identity}
 * marked as its named interface; the rest is internal.
 */
@ApplicationModule(displayName = "Platform", allowedDependencies = "shared :: *")
package org.childrenstrust.commissioning.platform;

import org.springframework.modulith.ApplicationModule;
