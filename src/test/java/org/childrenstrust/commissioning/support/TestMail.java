package org.childrenstrust.commissioning.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The tests' SMTP server (GreenMail) on a port chosen once per test JVM, so that two builds on one
 * machine (or a developer's running application) never fight over a fixed port. The application
 * under test sends to it: this post-processor sets {@code spring.mail.port} in every test context.
 */
public final class TestMail implements EnvironmentPostProcessor {

  private static final int PORT = freePort();

  /** A GreenMail extension on the tests' SMTP port: {@code @RegisterExtension static GreenMailExtension mail = TestMail.server();} */
  public static GreenMailExtension server() {
    return new GreenMailExtension(smtp());
  }

  public static ServerSetup smtp() {
    return ServerSetupTest.SMTP.port(PORT);
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    environment.getPropertySources().addFirst(new MapPropertySource("test-mail",
        Map.of("spring.mail.host", "localhost", "spring.mail.port", PORT)));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
