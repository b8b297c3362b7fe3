# Builds one probe target and checks the outcome: `cmake -DBUILD_DIR=... -DTARGET=...
# -DEXPECT=fail|pass [-DMESSAGE=text the failure must contain] -P check_build.cmake`.
execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target "${TARGET}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
set(all "${out}${err}")
if(EXPECT STREQUAL "pass")
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${TARGET} should build but failed:\n${all}")
    endif()
else()
    if(rc EQUAL 0)
        message(FATAL_ERROR "${TARGET} built, but an upward include must not compile")
    endif()
    string(FIND "${all}" "${MESSAGE}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${TARGET} failed, but not with \"${MESSAGE}\":\n${all}")
    endif()
endif()
message(STATUS "${TARGET}: ${EXPECT} as expected")
