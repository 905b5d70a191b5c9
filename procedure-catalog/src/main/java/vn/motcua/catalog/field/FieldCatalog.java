package vn.motcua.catalog.field;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import vn.motcua.problem.ProblemException;
import vn.motcua.problem.ProblemType;

/** Reads and creates fields; a field code is unique. */
@ApplicationScoped
public class FieldCatalog {

    public List<ProcedureField> all() {
        return ProcedureField.listAll(io.quarkus.panache.common.Sort.by("code"));
    }

    public Optional<ProcedureField> find(String code) {
        return ProcedureField.findByIdOptional(code);
    }

    @Transactional
    public ProcedureField create(ProcedureField field) {
        if (ProcedureField.findById(field.code) != null) {
            throw new ProblemException(ProblemType.CONFLICT, "field " + field.code + " already exists")
                    .with("field", "code");
        }
        field.name = field.name.strip();
        field.persist();
        return field;
    }
}
