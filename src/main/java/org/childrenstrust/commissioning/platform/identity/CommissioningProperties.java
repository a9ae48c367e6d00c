package org.childrenstrust.commissioning.platform.identity;

import org.springframework.modulith.NamedInterface;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code commissioning.*}.
 *
 * @param demo whether demo users and demo data are created (the embedded default only)
 * @param processStarters which groups may start which process, by process key
 * @param publicBaseUrl the address people reach the application on, for links in e-mails
 */
@ConfigurationProperties(prefix = "commissioning")
@NamedInterface("identity")
public record CommissioningProperties(
    Demo demo, Map<String, List<String>> processStarters, String publicBaseUrl) {

  public CommissioningProperties {
    demo = demo == null ? new Demo(false) : demo;
    processStarters = processStarters == null ? Map.of() : processStarters;
  }

  @NamedInterface("identity")
  public record Demo(boolean enabled) {}
}
