package id.kinerja.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the engine's own identity store (embedded default) in step with Kinerja: the role groups, their
 * webapp authorizations, the shared Tasklist filters, and a login for every imported employee. With an
 * external, read-only identity provider (Keycloak) only the authorizations and filters are written: users and
 * groups belong to Keycloak.
 */
@Component
public class EmbeddedIdentity {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;

  EmbeddedIdentity(IdentityService identity, AuthorizationService authorizations, FilterService filters,
      TaskService tasks) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(0)
  public void bootstrap() {
    if (!identity.isReadOnly()) {
      ensureGroup(Role.EMPLOYEE.groupId(), "Pegawai");
      ensureGroup(Role.HR.groupId(), "Pengelola Kinerja");
      ensureGroup(Role.HEAD.groupId(), "Pimpinan Unit Kerja");
      ensureGroup(Role.ADMIN.groupId(), "Administrator Camunda");
    }
    // authorizations live in the engine database whatever the identity provider (embedded or Keycloak)
    grantApplication(Role.EMPLOYEE.groupId(), "tasklist");
    // everyone may read process definitions (task forms, diagrams); an employee's own process instances are granted
    // one by one (ProcessInstanceAccess), tasks to their assignee or candidates (engine default authorizations)
    grant(Role.EMPLOYEE.groupId(), Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    // the decision tables (predikat matrix, rating suggestion) are public rules: anyone may read and evaluate them
    grant(Role.EMPLOYEE.groupId(), Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ,
        Permissions.CREATE_INSTANCE);
    grantHumanResources();
    ensureFilter("Tugas saya", "Tugas yang ditugaskan kepada saya", -10,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensureFilter("Tugas kelompok saya", "Tugas untuk kelompok saya yang belum diambil", -5,
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
  }

  /**
   * HR (Pengelola Kinerja) administers cycles and the process itself: Tasklist, Cockpit and Admin; deploys
   * definitions, monitors and repairs every instance, reads every task without being able to work on it. Only the
   * cycle-opening process is started by hand; the others start from Kinerja's own rules.
   */
  private void grantHumanResources() {
    String hr = Role.HR.groupId();
    grantApplication(hr, "tasklist");
    grantApplication(hr, "cockpit");
    grant(hr, Resources.APPLICATION, "admin", Permissions.ACCESS);
    grant(hr, Resources.PROCESS_DEFINITION, "pembukaan-periode", Permissions.READ, Permissions.CREATE_INSTANCE);
    grant(hr, Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.UPDATE,
        ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.RETRY_JOB,
        ProcessDefinitionPermissions.SUSPEND, ProcessDefinitionPermissions.SUSPEND_INSTANCE,
        ProcessDefinitionPermissions.MIGRATE_INSTANCE, ProcessDefinitionPermissions.DELETE_INSTANCE);
    grant(hr, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE, Permissions.READ,
        Permissions.UPDATE, Permissions.DELETE);
    grant(hr, Resources.HISTORIC_PROCESS_INSTANCE, Authorization.ANY, HistoricProcessInstancePermissions.READ);
    grant(hr, Resources.DEPLOYMENT, Authorization.ANY, Permissions.CREATE, Permissions.READ, Permissions.DELETE);
    grant(hr, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ, Permissions.READ_HISTORY,
        Permissions.CREATE_INSTANCE, Permissions.UPDATE);
    grant(hr, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, Permissions.READ);
    grant(hr, Resources.TASK, Authorization.ANY, Permissions.READ);
    grant(hr, Resources.HISTORIC_TASK, Authorization.ANY, HistoricTaskPermissions.READ);
    grant(hr, Resources.USER, Authorization.ANY, Permissions.READ);
    grant(hr, Resources.GROUP, Authorization.ANY, Permissions.READ);
    grant(hr, Resources.AUTHORIZATION, Authorization.ANY, Permissions.READ);
  }

  /**
   * A login for a newly imported employee (embedded identity only): a random password, which HR sets in Camunda
   * Admin (or SSO replaces), and membership of the employees' group.
   */
  public void createEmployeeLogin(String username, String name, String email) {
    if (identity.isReadOnly()) {
      return;
    }
    ensureUser(username, name, email, randomPassword());
    ensureMembership(username, List.of(Role.EMPLOYEE));
  }

  /** Creates the user if missing and sets the password; used for demo users. */
  public void ensureUser(String username, String name, String email, String password) {
    if (identity.isReadOnly()) {
      return; // Keycloak owns the users
    }
    User user = identity.createUserQuery().userId(username).singleResult();
    if (user == null) {
      user = identity.newUser(username);
      int space = name.indexOf(' ');
      user.setFirstName(space < 0 ? name : name.substring(0, space));
      user.setLastName(space < 0 ? "" : name.substring(space + 1));
      user.setEmail(email);
      user.setPassword(password);
      identity.saveUser(user);
    }
  }

  public void setPassword(String username, String password) {
    if (identity.isReadOnly()) {
      return;
    }
    User user = identity.createUserQuery().userId(username).singleResult();
    user.setPassword(password);
    identity.saveUser(user);
  }

  public void ensureMembership(String username, List<Role> roles) {
    if (identity.isReadOnly()) {
      return;
    }
    for (Role role : roles) {
      if (identity.createUserQuery().userId(username).memberOfGroup(role.groupId()).count() == 0) {
        identity.createMembership(username, role.groupId());
      }
    }
  }

  private void ensureGroup(String id, String name) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType("WORKFLOW");
      identity.saveGroup(group);
    }
  }

  private void grantApplication(String groupId, String application) {
    grant(groupId, Resources.APPLICATION, application, Permissions.ACCESS);
  }

  private void grant(String groupId, Resources resource, String resourceId,
      org.camunda.bpm.engine.authorization.Permission... permissions) {
    boolean exists = authorizations.createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).count() > 0;
    if (!exists) {
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      grant.setResource(resource);
      grant.setResourceId(resourceId);
      for (org.camunda.bpm.engine.authorization.Permission permission : permissions) {
        grant.addPermission(permission);
      }
      authorizations.saveAuthorization(grant);
    }
  }

  private void ensureFilter(String name, String description, int priority, TaskQuery query) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter = filters.newTaskFilter(name)
        .setOwner(Role.ADMIN.groupId())
        .setQuery(query)
        .setProperties(new java.util.HashMap<>(java.util.Map.of(
            "description", description, "priority", priority, "refresh", true)));
    filters.saveFilter(filter);
    Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    read.setUserId(Authorization.ANY);
    read.setResource(Resources.FILTER);
    read.setResourceId(filter.getId());
    read.addPermission(Permissions.READ);
    authorizations.saveAuthorization(read);
  }

  private static String randomPassword() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
