package org.brandpulse.app.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.function.Supplier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Wraps the bean of one interface type in a JDK proxy, so a test can make a call fail as if the
 * process died there (and the callers, which see the interface, cannot tell).
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
   * An initializer that wraps the bean implementing {@code type}; {@code around} is asked once per
   * wrapped bean, so it may keep counters.
   */
  public static <T> ApplicationContextInitializer<ConfigurableApplicationContext> of(
      Class<T> type, Supplier<Around> around) {
    if (!type.isInterface()) {
      throw new IllegalArgumentException(type + " is not an interface");
    }
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
