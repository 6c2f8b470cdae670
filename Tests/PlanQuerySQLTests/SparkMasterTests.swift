import PlanQueryEngines
import Testing

/// `--engine spark` runs on `local[2]` unless `PLANQ_SPARK_MASTER` names another master.
@Suite("Spark master")
struct SparkMasterTests {
    @Test func defaultIsLocalWithTwoThreads() {
        #expect(EngineConnection.sparkMaster(environment: [:]) == "local[2]")
        #expect(EngineConnection.sparkMaster(environment: ["PLANQ_SPARK_MASTER": "  "]) == "local[2]")
    }

    @Test func environmentNamesTheMaster() {
        #expect(EngineConnection.sparkMaster(environment: ["PLANQ_SPARK_MASTER": "spark://head:7077\n"]) == "spark://head:7077")
        #expect(EngineConnection.sparkMaster(environment: ["PLANQ_SPARK_MASTER": "local[*]"]) == "local[*]")
    }

    @Test func masterURLShapes() {
        for good in ["local", "local[4]", "local[*]", "local[4,2]", "yarn", "spark://head:7077", "k8s://https://api:6443", "mesos://m:5050"] {
            #expect(EngineConnection.isSparkMaster(good), "\(good)")
        }
        for bad in ["", "local[]", "local[x]", "local[1,2,3]", "head:7077", "spark://", "spark://a b", "://x"] {
            #expect(!EngineConnection.isSparkMaster(bad), "\(bad)")
        }
    }
}
