@echo off
rem sigmamind: the SigmaMind command-line tool, on the Java runtime beside it or on Java 17+
rem from JAVA_HOME or the PATH.
setlocal
set "SIGMAMIND_HOME=%~dp0.."
if exist "%SIGMAMIND_HOME%\runtime\bin\java.exe" (
  set "JAVA_EXE=%SIGMAMIND_HOME%\runtime\bin\java.exe"
) else if defined JAVA_HOME (
  set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_EXE=java"
)
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %SIGMAMIND_JAVA_OPTS% -cp "%SIGMAMIND_HOME%\lib\sigmamind.jar" ai.sigmamind.cli.Main %*
exit /b %ERRORLEVEL%
