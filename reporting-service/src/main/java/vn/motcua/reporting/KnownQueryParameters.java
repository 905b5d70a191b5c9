package vn.motcua.reporting;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.motcua.problem.FieldErrors;

/**
 * Rejects a query parameter the endpoint does not declare with a 400 naming it: a misspelt filter ({@code unitCode}
 * for {@code unit}, {@code groupby} for {@code groupBy}) would otherwise be ignored silently and answer figures of a
 * wider scope than the caller asked for. The declared names are read once per endpoint from its {@code @QueryParam}
 * parameters and the {@code @QueryParam} fields of its {@code @BeanParam} classes.
 */
public class KnownQueryParameters {

    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void check(UriInfo uri, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || uri.getQueryParameters().isEmpty()) {
            return;
        }
        Set<String> known = declared.computeIfAbsent(method, KnownQueryParameters::declaredBy);
        FieldErrors errors = new FieldErrors();
        new TreeSet<>(uri.getQueryParameters().keySet()).stream().filter(name -> !known.contains(name))
                .forEach(name -> errors.add(name, "not a parameter of this operation; it takes " + known));
        errors.throwIfAny();
    }

    private static Set<String> declaredBy(Method method) {
        SortedSet<String> names = new TreeSet<>();
        for (Parameter parameter : method.getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        QueryParam fieldQuery = field.getAnnotation(QueryParam.class);
                        if (fieldQuery != null) {
                            names.add(fieldQuery.value());
                        }
                    }
                }
            }
        }
        return Collections.unmodifiableSortedSet(names);
    }
}
