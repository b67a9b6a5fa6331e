package dev.vigil.server.interfaces.rest;

import dev.vigil.server.application.account.Account;
import dev.vigil.server.application.account.AccountService;
import dev.vigil.server.application.account.CreateAccountCommand;
import dev.vigil.server.application.account.UpdateAccountCommand;
import dev.vigil.server.application.shared.AppRole;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Accounts: admins manage those of their tenant, managers those of their property. Every change is
 * audited; a temporary password is shown once, in the answer that created it.
 */
@Tag(name = "Accounts")
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allowed({AppRole.ADMIN, AppRole.MANAGER})
public class AccountResource {

    @Inject AccountService accounts;
    @Inject CurrentCaller caller;
    @Context UriInfo uri;

    /** An account with, once, the temporary password the person signs in with before setting their own. */
    public record Issued(Account account, String temporaryPassword) {
        static Issued of(AccountService.Issued i) {
            return new Issued(i.account(), i.temporaryPassword());
        }
    }

    @GET
    @Operation(operationId = "listAccounts", summary = "The accounts you manage", description = "Admins: the tenant's (propertyId narrows); managers: their property's.")
    @APIResponse(responseCode = "403", description = "Only administrators (their tenant) and managers (their property) manage accounts")
    public List<Account> list(@QueryParam("propertyId") String propertyId) {
        return accounts.list(caller.get(), propertyId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAccount", summary = "Create an account", description = "username, roles, property (for staff, security and managers), "
            + "reporterRoles, mandatedReporter, and optionally a password (at least 12 characters, not a common one). "
            + "Without a password a temporary one is generated and answered once. Either way the person sets their own "
            + "at the first sign-in.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "A bad field, named in errors[]")
    @APIResponse(responseCode = "409", description = "The name is taken")
    @APIResponse(responseCode = "403", description = "Only administrators (their tenant) and managers (their property) manage accounts")
    public Response create(CreateAccountCommand command) {
        AccountService.Issued issued = accounts.create(caller.get(), command == null
                ? new CreateAccountCommand(null, null, null, null, null, null) : command);
        return Response.created(uri.getAbsolutePathBuilder().path(issued.account().username()).build())
                .entity(Issued.of(issued)).build();
    }

    @GET
    @Path("{username}")
    @Operation(operationId = "readAccount", summary = "One account")
    @APIResponse(responseCode = "404", description = "No such account that you manage")
    @APIResponse(responseCode = "403", description = "Only administrators (their tenant) and managers (their property) manage accounts")
    public Account read(@PathParam("username") String username) {
        return accounts.read(caller.get(), username);
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateAccount", summary = "Change roles, staff roles, property or the mandated-reporter flag",
            description = "Parts left out stay; version must be the account's version you changed it from.")
    @APIResponse(responseCode = "409", description = "Changed by someone else meanwhile")
    @APIResponse(responseCode = "403", description = "Only administrators (their tenant) and managers (their property) manage accounts")
    public Account update(@PathParam("username") String username, UpdateAccountCommand command) {
        return accounts.update(caller.get(), username,
                command == null ? new UpdateAccountCommand(null, null, null, null, null) : command);
    }

    @POST
    @Path("{username}/disable")
    @Operation(operationId = "disableAccount", summary = "Disable an account", description = "It can no longer sign in; its sessions end at their next request.")
    @APIResponse(responseCode = "403", description = "Only administrators (their tenant) and managers (their property) manage accounts")
    public Account disable(@PathParam("username") String username) {
        return accounts.disable(caller.get(), username);
    }

    @POST
    @Path("{username}/enable")
    @Operation(operationId = "enableAccount", summary = "Enable an account again")
    @APIResponse(responseCode = "403", description = "Only administrators (their tenant) and managers (their property) manage accounts")
    public Account enable(@PathParam("username") String username) {
        return accounts.enable(caller.get(), username);
    }

    @POST
    @Path("{username}/password-reset")
    @Operation(operationId = "resetPassword", summary = "Reset a password", description = "A temporary password, answered once; the person sets their own at the next sign-in.")
    @APIResponse(responseCode = "403", description = "Only administrators (their tenant) and managers (their property) manage accounts")
    public Issued resetPassword(@PathParam("username") String username) {
        return Issued.of(accounts.resetPassword(caller.get(), username));
    }
}
