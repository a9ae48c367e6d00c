package org.childrenstrust.commissioning.benchmark;

import org.springframework.boot.test.context.SpringBootTest;

/** The application on its embedded default database (H2, in memory for the benchmark), web server on 8185. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "server.port=8185")
public abstract class OnH2 extends EngineBenchmarkSupport {
}
