package se.medborgarlofte.taskform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;
import se.medborgarlofte.system.PrivilegedReads;
import se.medborgarlofte.system.security.EngineCaller;

/**
 * What the engine knows about a task or a start event that its contract needs: the task and who may work it, its
 * deployed form, the values its form shows. Read without the caller's authorizations, since the contract is checked
 * before the engine checks the caller; the answers go no further than the contract.
 */
@Component
public class TaskForms {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProcessEngine engine;
    private final PrivilegedReads privileged;
    /** Forms are bound to their deployment, which never changes: a form read once stays right. */
    private final Map<String, FormSchema> forms = new ConcurrentHashMap<>();

    TaskForms(ProcessEngine engine, PrivilegedReads privileged) {
        this.engine = engine;
        this.privileged = privileged;
    }

    public Optional<OpenTask> openTask(String taskId) {
        Task task = privileged(
                () -> engine.getTaskService().createTaskQuery().taskId(taskId).singleResult());
        if (task == null) {
            return Optional.empty();
        }
        Set<String> groups;
        try {
            groups = privileged(() -> engine.getTaskService().getIdentityLinksForTask(taskId).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId)
                    .collect(Collectors.toUnmodifiableSet()));
        } catch (ProcessEngineException completedMeanwhile) {
            return Optional.empty();
        }
        return Optional.of(new OpenTask(
                task.getId(), task.getAssignee(), groups, task.getProcessDefinitionId(), task.getTaskDefinitionKey()));
    }

    /** Whether a task with this id existed and has been completed (or withdrawn). */
    public boolean ended(String taskId) {
        return privileged(() -> engine.getHistoryService()
                        .createHistoricTaskInstanceQuery()
                        .taskId(taskId)
                        .finished()
                        .count()
                > 0);
    }

    public FormSchema taskForm(OpenTask task) {
        return forms.computeIfAbsent(
                task.processDefinitionId() + "#" + task.taskDefinitionKey(),
                key -> read(() -> engine.getFormService().getDeployedTaskForm(task.id())));
    }

    public FormSchema startForm(String processDefinitionId) {
        return forms.computeIfAbsent(
                processDefinitionId + "#start",
                key -> read(() -> engine.getFormService().getDeployedStartForm(processDefinitionId)));
    }

    /** The id of a definition given by id, or of the latest version of one given by key. */
    public Optional<String> processDefinition(String id, String key) {
        return privileged(() -> {
            var query = engine.getRepositoryService().createProcessDefinitionQuery();
            ProcessDefinition definition = id != null
                    ? query.processDefinitionId(id).singleResult()
                    : query.processDefinitionKey(key)
                            .withoutTenantId()
                            .latestVersion()
                            .singleResult();
            return Optional.ofNullable(definition).map(ProcessDefinition::getId);
        });
    }

    /** Whether the caller's grants let them start instances of the definition; if not, the engine refuses them as always. */
    public boolean mayStart(EngineCaller caller, String processDefinitionId) {
        return privileged(() -> engine.getAuthorizationService()
                .isUserAuthorized(
                        caller.userId(),
                        List.copyOf(caller.groups()),
                        Permissions.CREATE_INSTANCE,
                        Resources.PROCESS_DEFINITION,
                        engine.getRepositoryService()
                                .getProcessDefinition(processDefinitionId)
                                .getKey()));
    }

    /** The values the task's form shows now: every variable the task sees, as JSON. */
    public Map<String, JsonNode> currentValues(String taskId) {
        Map<String, Object> variables = privileged(() -> engine.getTaskService().getVariables(taskId));
        Map<String, JsonNode> values = new HashMap<>();
        variables.forEach((name, value) -> values.put(name, json(value)));
        return values;
    }

    /** Hands a claimed task back to its group (the engine's claim without a user needs only the right to work it). */
    public void returnToGroup(String taskId) {
        privileged(() -> {
            engine.getTaskService().claim(taskId, null);
            return null;
        });
    }

    /**
     * Reads a deployed form in a command of its own (a command that fails inside another would fail that one too), as
     * nobody in particular: the caller's rights are checked by the engine when the request reaches it.
     */
    private FormSchema read(Callable<InputStream> form) {
        Authentication caller = engine.getIdentityService().getCurrentAuthentication();
        engine.getIdentityService().clearAuthentication();
        try (InputStream in = form.call()) {
            return in == null
                    ? FormSchema.empty()
                    : FormSchema.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (NullValueException | NotFoundException vanished) {
            // the task was completed meanwhile: nothing to cache, the caller answers for it
            throw vanished;
        } catch (ProcessEngineException noForm) {
            // a task or start event without a form accepts no variables at all
            return FormSchema.empty();
        } catch (IOException e) {
            throw new IllegalStateException("The deployed form could not be read", e);
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        } finally {
            if (caller != null) {
                engine.getIdentityService().setAuthentication(caller);
            }
        }
    }

    private static JsonNode json(Object value) {
        if (value == null) {
            return NullNode.getInstance();
        }
        try {
            if (value instanceof SpinJsonNode node) {
                return JSON.readTree(node.toString());
            }
            if (value instanceof JsonValue json) {
                return JSON.readTree(json.getValueSerialized());
            }
        } catch (IOException e) {
            return NullNode.getInstance();
        }
        if (value instanceof Date date) {
            return JSON.getNodeFactory().textNode(date.toInstant().toString());
        }
        return JSON.valueToTree(value);
    }

    private <T> T privileged(Callable<T> work) {
        return privileged.call(work);
    }
}
