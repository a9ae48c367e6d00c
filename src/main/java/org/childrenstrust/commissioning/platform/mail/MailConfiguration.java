package org.childrenstrust.commissioning.platform.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The embedded default's mail server; off on real deployments. */
@Configuration
class MailConfiguration {

  @Bean(initMethod = "start", destroyMethod = "stop")
  @ConditionalOnProperty(name = "commissioning.mail.embedded", havingValue = "true")
  EmbeddedMailServer embeddedMailServer(@Value("${spring.mail.port}") int port) {
    return new EmbeddedMailServer(port);
  }
}
