package org.brandpulse.app.complaints;

import org.brandpulse.app.settings.AlertSettings;
import org.brandpulse.app.settings.BrandpulseSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@link AlertSettings} the job uses: the {@code alerts:} block of the configuration. */
@Configuration(proxyBeanMethods = false)
public class AlertsConfiguration {

  @Bean
  AlertSettings alertSettings(BrandpulseSettings settings) {
    return settings.alerts();
  }
}
