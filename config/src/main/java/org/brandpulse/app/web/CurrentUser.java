package org.brandpulse.app.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts who is logged in, and whether they may change cases, into every page's model. */
@ControllerAdvice
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class CurrentUser {

  @ModelAttribute("me")
  String me(Authentication auth) {
    return auth == null ? null : auth.getName();
  }

  @ModelAttribute("canManage")
  boolean canManage(Authentication auth) {
    return auth != null
        && auth.getAuthorities().stream().anyMatch(a -> "ROLE_MANAGER".equals(a.getAuthority()));
  }
}
