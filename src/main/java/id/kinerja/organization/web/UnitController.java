package id.kinerja.organization.web;

import id.kinerja.organization.EmployeeDirectory;
import id.kinerja.organization.UnitView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Unit kerja", description = "The organisation tree")
class UnitController {

  private final EmployeeDirectory directory;

  UnitController(EmployeeDirectory directory) {
    this.directory = directory;
  }

  @GetMapping
  @Operation(summary = "All units with parent and head (any authenticated user)")
  List<UnitView> list() {
    return directory.units();
  }
}
