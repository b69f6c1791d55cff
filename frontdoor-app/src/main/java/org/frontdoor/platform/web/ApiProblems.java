package org.frontdoor.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.frontdoor.platform.InvalidInput;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors from the JSON API as RFC 9457 problem details. Invalid input lists every field; anything
 * unexpected is a plain 500 with the request id, never a stack trace.
 */
@RestControllerAdvice(annotations = ApiController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInput invalid) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        problem.setType(URI.create("https://frontdoor.invalid/problems/invalid-input"));
        problem.setTitle("Invalid input");
        List<Map<String, String>> errors = invalid.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", p.message()))
                .toList();
        problem.setProperty("errors", errors);
        problem.setProperty("requestId", RequestIds.current());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound notFound) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, notFound.getMessage());
        problem.setProperty("requestId", RequestIds.current());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<ProblemDetail> unexpected(RuntimeException e) {
        logger.error("Unexpected error in API request " + RequestIds.current(), e);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Quote the request id if you contact support.");
        problem.setProperty("requestId", RequestIds.current());
        return ResponseEntity.internalServerError().body(problem);
    }
}
