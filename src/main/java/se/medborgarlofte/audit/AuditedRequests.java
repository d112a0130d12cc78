package se.medborgarlofte.audit;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which requests the audit log records, and as what. Requests not listed here are recorded only when refused. */
final class AuditedRequests {

    /** What an audited request is: its action and, where it concerns one case, the registration number. */
    record Classification(String action, String pledge) {}

    private record Rule(String method, Pattern path, String action) {}

    private static final List<Rule> RULES = List.of(
            new Rule("POST", Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+"), "login"),
            new Rule("POST", Pattern.compile("/api/pledges/?"), "case-create"),
            new Rule(
                    "GET",
                    Pattern.compile("/api/pledges/(ML-\\d{4}-\\d{4,})/(document|follow-up-report)\\.(html|pdf|csv)"),
                    "case-document"),
            // attachments: every upload, list and read, from the API, the case page, the Tasklist tab and the public
            new Rule("POST", Pattern.compile("/api/pledges/(ML-\\d{4}-\\d{4,})/attachments/?"), "attachment-upload"),
            new Rule("GET", Pattern.compile("/api/pledges/(ML-\\d{4}-\\d{4,})/attachments/?"), "attachment-list"),
            new Rule("GET", Pattern.compile("/api/pledges/(ML-\\d{4}-\\d{4,})/attachments/[^/]+"), "attachment-read"),
            new Rule("POST", Pattern.compile("/arenden/(ML-\\d{4}-\\d{4,})/bilagor/?"), "attachment-upload"),
            new Rule("GET", Pattern.compile("/paneler/bilagor/?"), "attachment-list"),
            new Rule("GET", Pattern.compile("/medborgarloften/(ML-\\d{4}-\\d{4,})/bilagor/[^/]+"), "attachment-read"),
            new Rule(
                    "GET",
                    Pattern.compile("/api/pledges/(ML-\\d{4}-\\d{4,})(/timeline|/indicators|/citizen-input|/place)?"),
                    "case-read"),
            new Rule("GET", Pattern.compile("/api/pledges/?"), "case-search"),
            new Rule("PUT", Pattern.compile("/api/pledges/(ML-\\d{4}-\\d{4,})/place"), "case-place"),
            new Rule("DELETE", Pattern.compile("/api/pledges/(ML-\\d{4}-\\d{4,})/place"), "case-place"),
            // the case pages are read exactly like the API
            new Rule("GET", Pattern.compile("/arenden/(ML-\\d{4}-\\d{4,})/?"), "case-read"),
            new Rule("GET", Pattern.compile("/arenden/?"), "case-search"),
            // the case beside a task or process instance in the webapps: the panel names its case (AuditedCase)
            new Rule("GET", Pattern.compile("/paneler/arende/?"), "case-read"),
            new Rule("GET", Pattern.compile("/api/audit(\\.csv)?/?"), "audit-read"),
            new Rule(
                    "POST",
                    Pattern.compile("/(engine-rest|camunda/api/engine/engine/[^/]+)/task/[^/]+/(complete|submit-form)"),
                    "task-complete"),
            new Rule(
                    "POST",
                    Pattern.compile(
                            "/(engine-rest|camunda/api/engine/engine/[^/]+)/process-definition/.+/(start|submit-form)"),
                    "process-start"),
            new Rule("PUT", Pattern.compile("/(engine-rest|camunda/api/engine/engine/[^/]+)/.+"), "engine-write"),
            new Rule(
                    "POST",
                    Pattern.compile(
                            "/(engine-rest|camunda/api/engine/engine/[^/]+)/.+/(variables|modification|delete)"),
                    "engine-write"),
            new Rule("DELETE", Pattern.compile("/(engine-rest|camunda/api/engine/engine/[^/]+)/.+"), "engine-write"));
    private static final Pattern NUMBER = Pattern.compile("ML-\\d{4}-\\d{4,}");

    private AuditedRequests() {}

    private static final Pattern TASK =
            Pattern.compile("/(?:engine-rest|camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:complete|submit-form)");

    private static final Pattern LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");

    static boolean isLogin(String method, String path) {
        return "POST".equals(method) && LOGIN.matcher(path).matches();
    }

    /** The id of the task a request completes, if it completes one. */
    static Optional<String> completedTask(String method, String path) {
        Matcher task = TASK.matcher(path);
        return "POST".equals(method) && task.matches() ? Optional.of(task.group(1)) : Optional.empty();
    }

    static Optional<Classification> classify(String method, String path, int status) {
        if (status == 401 && !path.contains("/login/")) {
            return Optional.of(new Classification("authentication-failed", pledgeIn(path)));
        }
        for (Rule rule : RULES) {
            if (rule.method().equals(method) && rule.path().matcher(path).matches()) {
                String action = rule.action().equals("login") && status >= 400 ? "login-failed" : rule.action();
                return Optional.of(new Classification(action, pledgeIn(path)));
            }
        }
        if (status == 403) {
            return Optional.of(new Classification("access-denied", pledgeIn(path)));
        }
        return Optional.empty();
    }

    private static String pledgeIn(String path) {
        Matcher number = NUMBER.matcher(path);
        return number.find() ? number.group() : null;
    }
}
