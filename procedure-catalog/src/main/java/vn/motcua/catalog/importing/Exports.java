package vn.motcua.catalog.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.hibernate.jpa.HibernateHints;
import vn.motcua.catalog.procedure.Procedure;
import vn.motcua.catalog.procedure.ProcedureCatalog;
import vn.motcua.catalog.unit.AdministrativeUnit;
import vn.motcua.catalog.unit.UnitMapper;

/** The whole catalog as sheets in the import format. */
@ApplicationScoped
public class Exports {

    private final ProcedureCatalog procedures;
    private final UnitMapper units;

    public Exports(ProcedureCatalog procedures, UnitMapper units) {
        this.procedures = procedures;
        this.units = units;
    }

    @Transactional
    public byte[] procedures(TableFormat format) {
        List<List<String>> rows = Procedure.<Procedure>find("from Procedure p join fetch p.field order by p.code")
                .withHint(HibernateHints.HINT_READ_ONLY, true).list().stream()
                .map(p -> ProcedureColumns.format(procedures.draftOf(p), p.field.name))
                .toList();
        return TableWriter.write(format, "Thủ tục", ProcedureColumns.HEADERS, rows);
    }

    @Transactional
    public byte[] units(TableFormat format) {
        List<List<String>> rows = AdministrativeUnit.<AdministrativeUnit>list("order by code").stream()
                .map(u -> UnitColumns.format(units.toView(u)))
                .toList();
        return TableWriter.write(format, "Đơn vị", UnitColumns.HEADERS, rows);
    }
}
