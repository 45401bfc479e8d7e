package id.kinerja.engine;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * What an expression in a model ({@code ${…}}, {@code #{…}}, delegate expressions, timer and condition
 * expressions, DMN) may name besides process variables: only the beans that exist for the models — those declared
 * in a feature's {@code process} package ({@code id.kinerja.evaluation.process.EvaluationSteps#evaluationScoring},
 * {@code planning.process.SkpDraftForm} …) — not the whole Spring context. A model deployed by HR cannot reach
 * {@code environment}, a repository, a service or the data source: the name does not resolve
 * ("Cannot resolve identifier"). Beans are looked up when an expression is evaluated, not when the engine starts.
 */
@Component
class ModelExpressionBeans extends AbstractProcessEnginePlugin {

  /** Beans of the models' own packages: {@code id.kinerja.<feature>.process}. */
  static final Pattern MODEL_PACKAGE = Pattern.compile("id\\.kinerja\\.[a-z]+\\.process\\.[A-Za-z0-9_$.]+");
  /** Named by models deployed before this rule; each name here is a bean whose every public method is harmless. */
  static final Set<String> ALSO_ALLOWED = Set.of("peerFeedback");

  private static final Logger log = LoggerFactory.getLogger(ModelExpressionBeans.class);

  private final ApplicationContext context;
  private volatile AllowedBeans beans;

  ModelExpressionBeans(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Set<String> allowed = allowedNames();
    log.info("Model expressions may name {} beans: {}", allowed.size(), allowed);
    AllowedBeans beans = new AllowedBeans(context, allowed);
    this.beans = beans;
    configuration.setBeans(beans);
    configuration.setExpressionManager(new SpringExpressionManager(context, beans));
  }

  Set<String> allowedNames() {
    ConfigurableListableBeanFactory factory = ((ConfigurableApplicationContext) context).getBeanFactory();
    Set<String> allowed = new TreeSet<>(ALSO_ALLOWED);
    for (String name : factory.getBeanDefinitionNames()) {
      BeanDefinition definition = factory.getBeanDefinition(name);
      String declaredBy = declaringClass(definition);
      if (declaredBy != null && MODEL_PACKAGE.matcher(declaredBy).matches() && !isConfiguration(definition)
          && !isContract(factory, name)) {
        allowed.add(name);
      }
    }
    return Collections.unmodifiableSet(allowed);
  }

  /** Whether a model expression may name this bean: the same answer the engine gives when it evaluates one. */
  boolean isModelBean(String name) {
    AllowedBeans current = beans;
    return current != null ? current.containsKey(name) : allowedNames().contains(name) && context.containsBean(name);
  }

  /** The features' model contracts are for the deployment gate, not for models. */
  private static boolean isContract(ConfigurableListableBeanFactory factory, String name) {
    Class<?> type = factory.getType(name, false);
    return type != null && id.kinerja.common.ModelContract.class.isAssignableFrom(type);
  }

  /** The configuration classes holding the {@code @Bean} delegates are not themselves for models. */
  private static boolean isConfiguration(BeanDefinition definition) {
    return definition instanceof AnnotatedBeanDefinition annotated
        && annotated.getFactoryMethodMetadata() == null
        && annotated.getMetadata().hasAnnotation(Configuration.class.getName());
  }

  /** The class of a component, or the configuration class of a {@code @Bean} method. */
  private static String declaringClass(BeanDefinition definition) {
    if (definition instanceof AnnotatedBeanDefinition annotated && annotated.getFactoryMethodMetadata() != null) {
      return annotated.getFactoryMethodMetadata().getDeclaringClassName();
    }
    return definition.getBeanClassName();
  }

  /** A read-only view of the allowed beans, resolved on first use (the engine's own EL resolver reads it). */
  static final class AllowedBeans extends AbstractMap<Object, Object> {

    private final ApplicationContext context;
    private final Set<String> names;

    AllowedBeans(ApplicationContext context, Set<String> names) {
      this.context = context;
      this.names = names;
    }

    @Override
    public boolean containsKey(Object key) {
      return key instanceof String name && names.contains(name) && context.containsBean(name);
    }

    @Override
    public Object get(Object key) {
      return containsKey(key) ? context.getBean((String) key) : null;
    }

    @Override
    public Set<Entry<Object, Object>> entrySet() {
      Set<Entry<Object, Object>> entries = new java.util.LinkedHashSet<>();
      names.stream().filter(context::containsBean)
          .forEach(name -> entries.add(new SimpleImmutableEntry<>(name, context.getBean(name))));
      return entries;
    }
  }
}
