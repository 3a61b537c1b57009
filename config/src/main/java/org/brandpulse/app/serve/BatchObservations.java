package org.brandpulse.app.serve;

import io.micrometer.observation.ObservationRegistry;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.AbstractStep;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Gives the jobs that the services build per run (not beans, so Spring Batch's own bean
 * post-processor never sees them) the application's {@link ObservationRegistry}, so every run
 * records the {@code spring.batch.job} and {@code spring.batch.step} timers. It wraps the {@link
 * JobOperator} bean: a job handed to it gets the registry, and so do its steps.
 */
public class BatchObservations implements BeanPostProcessor {

  private final ObjectProvider<ObservationRegistry> registry;

  public BatchObservations(ObjectProvider<ObservationRegistry> registry) {
    this.registry = registry;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (!(bean instanceof JobOperator)) {
      return bean;
    }
    ProxyFactory proxy = new ProxyFactory(bean);
    proxy.addAdvice(
        (MethodInterceptor)
            call -> {
              for (Object arg : call.getArguments()) {
                if (arg instanceof AbstractJob job) {
                  observe(job);
                }
              }
              return call.proceed();
            });
    return proxy.getProxy();
  }

  private void observe(AbstractJob job) {
    ObservationRegistry r = registry.getIfAvailable();
    if (r == null) {
      return;
    }
    job.setObservationRegistry(r);
    for (String name : job.getStepNames()) {
      if (job.getStep(name) instanceof AbstractStep step) {
        step.setObservationRegistry(r);
      }
    }
  }
}
