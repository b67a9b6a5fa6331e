package dev.vigil.server.infrastructure.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import dev.vigil.server.domain.model.tenant.PropertyDirectory;
import dev.vigil.server.domain.model.tenant.PropertyId;
import dev.vigil.server.application.account.SignInKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.HashSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * OpenID Connect sign-in, authorization code flow with PKCE ({@code /login/oidc} sends the browser
 * to the provider, {@code /login/oidc/callback} takes it back): the code is exchanged for tokens at
 * the provider, the ID token's signature, issuer, audience, expiry and nonce are checked (Nimbus
 * OAuth 2.0 SDK), and its claims are mapped to a Vigil caller kept in the session ({@link OidcClaims}).
 */
@ApplicationScoped
public class OidcSignIn {

    private static final Logger LOG = Logger.getLogger(OidcSignIn.class.getName());

    @Inject OidcSettings settings;
    @Inject PropertyDirectory properties;

    private volatile OIDCProviderMetadata metadata;
    private volatile IDTokenValidator validator;

    /** What the session keeps between the redirect to the provider and its answer. */
    record Pending(State state, Nonce nonce, CodeVerifier verifier, URI redirect, String next) implements Serializable {
    }

    AuthenticationStatus start(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        if (!settings.enabled()) {
            return context.doNothing();
        }
        try {
            OIDCProviderMetadata provider = provider();
            URI redirect = URI.create(settings.redirectUri().orElseGet(() -> origin(request) + "/login/oidc/callback"));
            Pending pending = new Pending(new State(), new Nonce(), new CodeVerifier(), redirect, request.getParameter("next"));
            request.getSession(true).setAttribute(WebSession.OIDC_PENDING, pending);
            AuthenticationRequest authRequest = new AuthenticationRequest.Builder(new ResponseType("code"),
                    Scope.parse(settings.scope()), new ClientID(settings.clientId()), redirect)
                    .endpointURI(provider.getAuthorizationEndpointURI())
                    .state(pending.state()).nonce(pending.nonce())
                    .codeChallenge(pending.verifier(), CodeChallengeMethod.S256)
                    .build();
            return context.redirect(authRequest.toURI().toString());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "OpenID Connect sign-in could not start: " + e);
            request.setAttribute(SignInKeys.OUTCOME, SignInKeys.Outcome.OIDC_FAILED);
            return context.doNothing();
        }
    }

    AuthenticationStatus finish(HttpServletRequest request, HttpMessageContext context) {
        Pending pending = request.getSession(false) == null ? null
                : (Pending) request.getSession(false).getAttribute(WebSession.OIDC_PENDING);
        if (!settings.enabled() || pending == null) {
            request.setAttribute(SignInKeys.OUTCOME, SignInKeys.Outcome.OIDC_FAILED);
            return context.doNothing();
        }
        request.getSession(false).removeAttribute(WebSession.OIDC_PENDING);
        try {
            URI answered = URI.create(pending.redirect() + "?" + (request.getQueryString() == null ? "" : request.getQueryString()));
            AuthenticationResponse answer = AuthenticationResponseParser.parse(answered);
            if (!answer.indicatesSuccess() || !pending.state().equals(answer.getState())) {
                throw new IllegalStateException("the provider refused, or the state does not match");
            }
            ClientAuthentication client = new ClientSecretBasic(new ClientID(settings.clientId()),
                    new Secret(settings.clientSecret().orElse("")));
            TokenRequest tokenRequest = new TokenRequest(provider().getTokenEndpointURI(), client,
                    new AuthorizationCodeGrant(answer.toSuccessResponse().getAuthorizationCode(), pending.redirect(),
                            pending.verifier()));
            TokenResponse tokens = OIDCTokenResponseParser.parse(tokenRequest.toHTTPRequest().send());
            if (!tokens.indicatesSuccess()) {
                throw new IllegalStateException("the token request failed: " + tokens.toErrorResponse().getErrorObject());
            }
            JWTClaimsSet claims = validator().validate(((OIDCTokenResponse) tokens.toSuccessResponse()).getOIDCTokens().getIDToken(),
                    pending.nonce()).toJWTClaimsSet();
            TokenClaims caller = new OidcClaims(settings).map(claims);
            if (caller.property() != null && properties.find(new PropertyId(caller.property()))
                    .filter(p -> p.tenant().value().equals(caller.tenant())).isEmpty()) {
                throw new IllegalStateException("property " + caller.property() + " is not a property of tenant " + caller.tenant());
            }
            WebSession.renew(request);
            request.getSession(true).setAttribute(WebSession.CLAIMS, caller);
            request.setAttribute(SignInKeys.NEXT, pending.next());
            context.setRegisterSession(caller.name(), new HashSet<>(caller.roles()));
            return context.notifyContainerAboutLogin(caller.name(), new HashSet<>(caller.roles()));
        } catch (Exception e) {
            LOG.log(Level.WARNING, "OpenID Connect sign-in failed: " + e.getMessage());
            request.setAttribute(SignInKeys.OUTCOME, SignInKeys.Outcome.OIDC_FAILED);
            return context.doNothing();
        }
    }

    private OIDCProviderMetadata provider() throws IOException, com.nimbusds.oauth2.sdk.GeneralException {
        OIDCProviderMetadata known = metadata;
        if (known == null) {
            known = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()));
            metadata = known;
        }
        return known;
    }

    private IDTokenValidator validator() throws IOException, com.nimbusds.oauth2.sdk.GeneralException {
        IDTokenValidator known = validator;
        if (known == null) {
            OIDCProviderMetadata provider = provider();
            known = new IDTokenValidator(provider.getIssuer(), new ClientID(settings.clientId()), JWSAlgorithm.RS256,
                    provider.getJWKSetURI().toURL());
            validator = known;
        }
        return known;
    }

    private static String origin(HttpServletRequest request) {
        StringBuffer url = request.getRequestURL();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }
}
