package org.frontdoor.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.frontdoor.audit.AuditEvent;
import org.frontdoor.audit.AuditLog;
import org.frontdoor.identity.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may reach what. Three chains: API documentation (public), the JSON API and operations
 * endpoints (stateless, HTTP Basic, problem-detail errors), and the web pages (session sign-in,
 * CSRF). Each ends in deny-all: a path nobody listed is refused, not exposed.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] STAFF_ROLES = {
            Role.CASEWORKER.name(), Role.TEAM_LEAD.name(), Role.GRANT_ASSESSOR.name(), Role.ADMIN.name(), Role.PROVIDER.name()};

    private static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    // The API explorer styles itself inline; it shows no personal data, so only its pages relax this.
    private static final String DOCS_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "object-src 'none'; frame-ancestors 'none'";

    /**
     * No observations of Spring Security's filters, authentications or authorisations (a span for
     * every filter of every request, that no dashboard reads). Without this bean, turning those
     * observations off by property still wraps each filter of every chain in a decorator that
     * starts a no-op observation, on every request. Request metrics ({@code http.server.requests})
     * stay on.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id for new hashes; the prefix in each stored hash lets the algorithm change later without a reset.
        PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiDocumentationChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/api/v1/docs/**", "/api/v1/docs", "/api/v1/openapi/**", "/api/v1/openapi",
                        "/api/v1/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(DOCS_POLICY)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, AccountAuthentication authentication, IssuingApiTokens tokens) throws Exception {
        return http
                .securityMatcher("/api/**", "/actuator/**")
                .authenticationProvider(authentication)
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/audit/**").hasRole(Role.ADMIN.name())
                        // Issuing tokens needs the password: a token cannot mint further tokens.
                        .requestMatchers("/api/v1/tokens", "/api/v1/tokens/**").access((auth, context) ->
                                new org.springframework.security.authorization.AuthorizationDecision(
                                        context.getRequest().getHeader("Authorization") != null
                                                && context.getRequest().getHeader("Authorization").regionMatches(true, 0, "Basic ", 0, 6)
                                                && auth.get().isAuthenticated()))
                        // Published grants are open data: anyone may read them.
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/api/v1/open-data/**").permitAll()
                        .requestMatchers("/api/v1/**").authenticated()
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"frontdoor\"");
                    problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                            "Sign in: send an API token as 'Authorization: Bearer <token>', or HTTP Basic credentials of a Frontdoor account.");
                }))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
                        problem(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", "Your account may not use this endpoint.")))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless and never authenticated by cookie, so cross-site requests cannot ride on a session.
                .csrf(csrf -> csrf.disable())
                // Filters every API request would pass through for nothing: there is no sign-out of a
                // token or Basic request, and handlers take the account as an argument, not from the
                // servlet request's principal.
                .logout(logout -> logout.disable())
                .servletApi(servletApi -> servletApi.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY)))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageChain(HttpSecurity http, AccountAuthentication authentication, Accounts accounts, AuditLog audit,
                              TransactionTemplate transactions, ObjectProvider<ClientRegistrationRepository> oidc)
            throws Exception {
        var landing = new SignInLandingPage();
        var contexts = new HttpSessionSecurityContextRepository();
        http
                .authenticationProvider(authentication)
                .securityContext(context -> context.securityContextRepository(contexts))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/", "/sign-in", "/console/sign-in", "/register", "/register/**",
                                "/verify-email", "/verify-email/**", "/password-reset", "/password-reset/**",
                                "/cookies", "/accessibility", "/error", "/signed-out").permitAll()
                        .requestMatchers("/assets/**", "/static/**", "/webjars/**", "/favicon.ico").permitAll()
                        .requestMatchers("/dev/mailbox").permitAll()
                        // Finding grants and checking eligibility need no account; applying does.
                        .requestMatchers(org.springframework.http.HttpMethod.GET, "/grants", "/grants/*", "/grants/*/eligibility",
                                "/open-data/**").permitAll()
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/grants/*/eligibility").permitAll()
                        .requestMatchers("/grants/**").authenticated()
                        .requestMatchers("/oauth2/**", "/login/oauth2/**").permitAll()
                        .requestMatchers("/console/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/console", "/console/**").hasAnyRole(STAFF_ROLES)
                        .requestMatchers("/account", "/account/**").authenticated()
                        .anyRequest().denyAll())
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(landing)
                        .failureHandler(new SignInFailurePage()))
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .logoutSuccessUrl("/signed-out")
                        .addLogoutHandler((request, response, signedOut) -> {
                            if (signedOut != null) {
                                audit.record(AuditEvent.change("SIGNED_OUT", "ACCOUNT", null, "Sign-out", Map.of()));
                            }
                        })
                        .deleteCookies("FRONTDOOR_SESSION"))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/console/sign-in"),
                                PathPatternRequestMatcher.withDefaults().matcher("/console/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/sign-in"),
                                AnyRequestMatcher.INSTANCE))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(PAGE_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frames -> frames.deny())
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=(), payment=()")));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(login -> login
                    .loginPage("/sign-in")
                    .successHandler(new OidcSignIn(accounts, audit, transactions, contexts, landing))
                    .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath() + "/sign-in?error=oidc")));
        }
        return http.build();
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}");
    }
}
