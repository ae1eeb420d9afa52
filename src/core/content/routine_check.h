#pragma once

#include "core/content/content_library.h"
#include "core/content/model.h"
#include "core/content/problem.h"

#include <QString>

// A routine checked by the loader's own rules before it is written, so what the editor and an
// import let through is exactly what the loader will take, and their problems read the same.
namespace legease::core {

// Writes `routine` as its file would hold it (routineFileBytes), reads that back with the loader's
// routine reader, and checks what spans files against `library`: a free id (except `replacing`,
// the id of the routine this one will replace, "" for a new one) and regions and strokes that
// exist. Problems name `file` (for example "routines/evening-calves.json") and carry the JSON
// Pointer of the value they are about ("/steps/2/seconds"), in the loader's words.
Problems checkRoutine(const Routine& routine, const ContentLibrary& library, const QString& replacing,
    const QString& file);

// The file a routine of a pack is kept in: "routines/<id>.json".
QString routineFileName(const QString& id);

// What a problem's JSON Pointer in a routine file is about, so an editor can show the problem
// beside that field: "/title" is the title, "/steps/2/seconds" the seconds of the third step,
// "/steps/2" that step as a whole, "/steps" the list of steps, "" the routine as a whole.
struct RoutinePlace {
    enum class Field {
        Routine, Id, Title, Summary, Level, Sides, Cautions, Steps,
        Step, Region, Stroke, Seconds, Pressure, Direction, Tempo, Instruction,
    };
    Field field = Field::Routine;
    int step = -1;  // for Step and the fields of a step
    int item = -1;  // for Cautions: which one, when the problem is about one

    bool isStepField() const { return step >= 0; }
};

RoutinePlace routinePlace(const QString& pointer);

}  // namespace legease::core
