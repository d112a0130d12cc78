package se.medborgarlofte.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import se.medborgarlofte.system.web.ForbiddenException;
import se.medborgarlofte.system.web.NotFoundException;

/**
 * What every page shares: the header (who is logged in, where they may go) and the labels; and the answers of the
 * pages when something is wrong, as Swedish pages instead of the API's problem details: the login page (401) for a
 * visitor who is not logged in, 404 for an unknown case, 403 for a refusal, and a 500 page that reveals nothing. The
 * panels answer their errors themselves, as panels ({@link PanelController}).
 */
@ControllerAdvice(assignableTypes = {CasePageController.class, StartPageController.class, PanelController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class PageAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(PageAdvice.class);

    private final Webapps webapps;
    private final PageLabels labels;

    @ModelAttribute
    void shared(HttpServletRequest request, Model model) {
        model.addAttribute("nav", webapps.navigation(request));
        model.addAttribute("labels", labels);
    }

    /** No WWW-Authenticate scheme a browser would prompt for: the visitor logs in to Tasklist. */
    @ExceptionHandler(LoginRequired.class)
    ModelAndView login(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Session realm=\"Medborgarlofte\"");
        ModelAndView page = page("pages/login", HttpStatus.UNAUTHORIZED, request);
        page.addObject("returnTo", pathAndQuery(request));
        return page;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException error, HttpServletRequest request) {
        return error(HttpStatus.NOT_FOUND, error.title(), error.getMessage(), request);
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException error, HttpServletRequest request) {
        return error(HttpStatus.FORBIDDEN, "Åtkomst nekad", error.getMessage(), request);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception error, HttpServletRequest request) {
        LOG.error("Unexpected error on the page {}", request.getRequestURI(), error);
        return error(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Något gick fel",
                "Sidan kunde inte visas just nu. Försök igen om en stund.",
                request);
    }

    private ModelAndView error(HttpStatus status, String title, String message, HttpServletRequest request) {
        ModelAndView page = page("pages/error", status, request);
        page.addObject("title", title);
        page.addObject("message", message);
        return page;
    }

    private ModelAndView page(String view, HttpStatus status, HttpServletRequest request) {
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("nav", webapps.navigation(request));
        page.addObject("labels", labels);
        return page;
    }

    /** The page asked for, within the application, to open again after logging in. */
    private static String pathAndQuery(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
