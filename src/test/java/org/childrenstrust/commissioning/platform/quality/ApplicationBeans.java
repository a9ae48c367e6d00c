package org.childrenstrust.commissioning.platform.quality;

import java.beans.Introspector;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The application's own Spring beans by name, with the package of the class that declares them,
 * found without starting Spring: components by their class (or the name they give), {@code @Bean}
 * methods by their method name. A model's {@code ${name}} is checked against this map.
 */
final class ApplicationBeans {

  private ApplicationBeans() {}

  static Map<String, String> packagesByBeanName() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
    Map<String, String> beans = new TreeMap<>();
    for (BeanDefinition definition : scanner.findCandidateComponents(BpmnModelChecker.ROOT_PACKAGE)) {
      Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(), ApplicationBeans.class.getClassLoader());
      String packageName = type.getPackageName();
      Component component = AnnotatedElementUtils.findMergedAnnotation(type, Component.class);
      String name = component != null && !component.value().isBlank() ? component.value()
          : Introspector.decapitalize(type.getSimpleName());
      beans.put(name, packageName);
      for (Method method : type.getDeclaredMethods()) {
        Bean bean = AnnotatedElementUtils.findMergedAnnotation(method, Bean.class);
        if (bean != null) {
          if (bean.name().length == 0) {
            beans.put(method.getName(), packageName);
          }
          for (String alias : bean.name()) {
            beans.put(alias, packageName);
          }
        }
      }
    }
    return beans;
  }
}
