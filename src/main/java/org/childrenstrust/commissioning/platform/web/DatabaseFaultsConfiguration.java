package org.childrenstrust.commissioning.platform.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** {@link DatabaseFaultsFilter} around every request, outside every other filter that may read the database. */
@Configuration
class DatabaseFaultsConfiguration {

  @Bean
  FilterRegistrationBean<DatabaseFaultsFilter> databaseFaults() {
    FilterRegistrationBean<DatabaseFaultsFilter> registration = new FilterRegistrationBean<>(new DatabaseFaultsFilter());
    registration.setName("database-faults");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }
}
