package io.newsalerts.edge.limits;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.newsalerts.edge.problem.ProblemException;

/**
 * Refuses requests whose headers the service could only fail on later, before the endpoint does any work: a
 * Content-Type that does not parse is a 415, an Accept that does not parse or that no answer of the endpoint
 * satisfies is a 406 (left alone, an endpoint could publish an item and then fail to answer).
 */
public class RequestHeaders {

    /** Before matching: a header that does not parse must not reach the matching of endpoints. */
    @ServerRequestFilter(preMatching = true)
    public void requireParsableHeaders(ContainerRequestContext request) {
        try {
            request.getMediaType();
        } catch (IllegalArgumentException e) {
            throw ProblemException.unsupportedMediaType("Content-Type is not a media type: " + e.getMessage());
        }
        try {
            request.getAcceptableMediaTypes();
        } catch (IllegalArgumentException e) {
            throw ProblemException.notAcceptable("Accept is not a list of media types: " + e.getMessage());
        }
    }

    /**
     * After matching: the endpoint's answer must be one the client accepts. (An endpoint that answers without a
     * body, such as a delete, answers whatever the client accepts.)
     */
    @ServerRequestFilter
    public void requireAcceptableAnswer(ContainerRequestContext request, ResourceInfo resource) {
        List<MediaType> produced = produced(resource);
        if (produced.isEmpty()) {
            return;
        }
        List<MediaType> acceptable = request.getAcceptableMediaTypes();
        boolean satisfiable = acceptable.stream()
                .anyMatch(accepted -> produced.stream().anyMatch(accepted::isCompatible));
        if (!satisfiable) {
            throw ProblemException.notAcceptable("This endpoint answers " + produced + "; Accept asks for "
                    + acceptable + ".");
        }
    }

    private static List<MediaType> produced(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || method.getReturnType() == void.class) {
            return List.of();
        }
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = resource.getResourceClass().getAnnotation(Produces.class);
        }
        return produces == null ? List.of() : Arrays.stream(produces.value())
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(value -> MediaType.valueOf(value.strip()))
                .toList();
    }
}
