package se.medborgarlofte.cases.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page at the application's root, in Swedish: what the system is, and for a logged-in user the way to
 * their work (Tasklist, the case list, Cockpit for those who reach it). An anonymous visitor gets the login link
 * and no case data. Its header comes from {@link PageAdvice}.
 */
@Controller
class StartPageController {

    @GetMapping("/")
    String start() {
        return "pages/start";
    }
}
