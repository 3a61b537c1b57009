package org.brandpulse.app.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Wraps the bean of one type in a proxy (a JDK proxy for an interface, a subclass for a component
 * class), so a test can make a call fail as if the process died there and the callers cannot tell.
 */
public final class WrapBean {

  /** What the proxy does with a call: usually {@code proceed.call()} plus a check. */
  @FunctionalInterface
  public interface Around {
    Object call(Method method, Object[] args, Proceed proceed) throws Throwable;
  }

  /** The call on the wrapped bean. */
  @FunctionalInterface
  public interface Proceed {
    Object call() throws Throwable;
  }

  private WrapBean() {}

  /**
   * An initializer that wraps the bean of {@code type} (an interface or a class); {@code around} is
   * asked once per wrapped bean, so it may keep counters.
   */
  public static <T> ApplicationContextInitializer<ConfigurableApplicationContext> of(
      Class<T> type, Supplier<Around> around) {
    return ctx ->
        ctx.getBeanFactory()
            .addBeanPostProcessor(
                new BeanPostProcessor() {
                  @Override
                  public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!type.isInstance(bean)) {
                      return bean;
                    }
                    Around handler = around.get();
                    if (!type.isInterface()) {
                      // a component class: a subclass proxy (callers see the class)
                      ProxyFactory factory = new ProxyFactory(bean);
                      factory.setProxyTargetClass(true);
                      factory.addAdvice(
                          (MethodInterceptor)
                              invocation ->
                                  handler.call(
                                      invocation.getMethod(),
                                      invocation.getArguments(),
                                      invocation::proceed));
                      return factory.getProxy();
                    }
                    return Proxy.newProxyInstance(
                        type.getClassLoader(),
                        new Class<?>[] {type},
                        (proxy, method, args) ->
                            handler.call(
                                method,
                                args,
                                () -> {
                                  try {
                                    return method.invoke(bean, args);
                                  } catch (InvocationTargetException e) {
                                    throw e.getCause();
                                  }
                                }));
                  }
                });
  }
}
